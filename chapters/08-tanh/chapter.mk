# chapter.mk - chapter 8's text quotes chapter 7's numbers
# ({{07-sigmoid:prime_0}} and the S4 step counts), so it must be typeset
# after chapter 7's program has run, also in a clean parallel build.
$(BUILD)/tex/08-tanh.tex: $(BUILD)/data/07-sigmoid/.done
