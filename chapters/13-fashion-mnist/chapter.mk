# chapter.mk - chapter 13's own rules: the report's run on a subset, and
# the full-scale run (`make full-13`).
#
# The report trains on the first 20,000 of the 60,000 training images,
# 5 epochs, 3 seeds (about 25 s of one core); `make full-13` trains on
# all of them, with more epochs, seeds and units, into build/full-13/
# (some minutes), and prints its summary.
#
# Timings (GFLOP/s, seconds to a target) are measurements and differ
# from run to run; with BENCH=0 (chapter 10's switch for a byte-identical
# report) the program measures no time and says so.

CH13     := 13-fashion-mnist
CH13_BIN := $(BUILD)/bin/$(CH13)

REPORT_ARGS_$(CH13) = $(if $(filter 0,$(BENCH)),--no-timing)
$(BUILD)/data/$(CH13)/.done: $(BUILD)/bench/mode

CH13_FULL_ARGS := --train-size 60000 --epochs 15 --seeds 5 --width 128

.PHONY: full-13
full-13: $(CH13_BIN)
	@rm -rf $(BUILD)/full-13.tmp && mkdir -p $(BUILD)/full-13.tmp
	$(CH13_BIN) $(CH13_FULL_ARGS) --out $(BUILD)/full-13.tmp \
	    > $(BUILD)/full-13.tmp/summary.txt
	@rm -rf $(BUILD)/full-13 && mv $(BUILD)/full-13.tmp $(BUILD)/full-13
	@cat $(BUILD)/full-13/summary.txt

CHAPTER_TARGETS += full-13
HELP_full-13 = chapter 13 on all 60,000 images, 15 epochs, 5 seeds (minutes)
