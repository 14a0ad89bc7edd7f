# chapter.mk - chapter 8's own rule: it says what its sweep found in
# chapter 7's words (chapters/07-sigmoid/sweep_say.c), so its program
# links that module of chapter 7 as well as its own.

CH08_SAY := $(BUILD)/obj/chapters/07-sigmoid/sweep_say.o
$(BUILD)/bin/08-tanh: $(CH08_SAY)
