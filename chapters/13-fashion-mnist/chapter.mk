# chapter.mk - chapter 13's own rules: the report's run on a subset, and
# the full-scale run (`make full-13`).
#
# The report trains on the first 20,000 of the 60,000 training images,
# 5 epochs, 3 seeds per linear model and 5 per network with a hidden
# layer (main.c's defaults; about 30 s of one core); `make full-13`
# trains on all of them, with more epochs, seeds and units, into
# build/full-13/ (about 8 minutes of one core, much longer on a
# busy machine), and prints its summary; the report then shows that run
# instead, until a source changes.
#
# Timings (GFLOP/s, seconds to a target) are measurements and differ
# from run to run; with BENCH=0 (chapter 10's switch for a byte-identical
# report) the program measures no time and says so.

CH13      := 13-fashion-mnist
CH13_BIN  := $(BUILD)/bin/$(CH13)
CH13_FULL := $(BUILD)/full-13

# The report shows the full run while it is current (newer than every C
# source of the library and the chapter), else it runs the subset.
CH13_FULL_CURRENT := $(shell test -f $(CH13_FULL)/.done && \
    test -z "$$(find src chapters/$(CH13) -name '*.[ch]' \
                -newer $(CH13_FULL)/.done 2>/dev/null | head -n 1)" && \
    echo yes)
REPORT_ARGS_$(CH13) = $(if $(CH13_FULL_CURRENT),--replay $(CH13_FULL),\
                        $(if $(filter 0,$(BENCH)),--no-timing))
# The options are a file rewritten only when they change, so the data are
# made again when the report switches between the full run and its own.
$(BUILD)/data/$(CH13).args: FORCE
	@mkdir -p $(@D)
	@echo '$(strip $(REPORT_ARGS_$(CH13)))' > $@.tmp
	@cmp -s $@.tmp $@ && rm -f $@.tmp || mv $@.tmp $@
$(BUILD)/data/$(CH13)/.done: $(BUILD)/data/$(CH13).args \
    $(wildcard $(CH13_FULL)/.done)

# On all the images every network passes 80 % in its first epoch, so the
# target of P6 is higher there.
CH13_FULL_ARGS := --train-size 60000 --epochs 15 --seeds 5 --width 128 \
                  --target 86

# Into a fresh folder, swapped in whole, like a chapter's data.
.PHONY: full-13
full-13: $(CH13_BIN)
	@rm -rf $(CH13_FULL).tmp && mkdir -p $(CH13_FULL).tmp
	$(CH13_BIN) $(CH13_FULL_ARGS) --out $(CH13_FULL).tmp \
	    > $(CH13_FULL).tmp/summary.txt
	@touch $(CH13_FULL).tmp/.done
	@rm -rf $(CH13_FULL) && mv $(CH13_FULL).tmp $(CH13_FULL)
	@cat $(CH13_FULL)/summary.txt

CHAPTER_TARGETS += full-13
HELP_full-13 = chapter 13 on all 60,000 images, 15 epochs, 5 seeds (~8 min of one core)
