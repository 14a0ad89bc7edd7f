# chapter.mk - chapter 12's own rules: its two further programs, their
# data, and the full training run (`make full-12`).
#
# 12-modern-activations (M1-M4) is made and run as every chapter's
# program is. 12-modern-activations-bench (M5) times the array forms:
# timings are measurements, so under BENCH=0 (chapter 10's switch for a
# byte-identical report) it measures nothing and writes dashes.
# 12-modern-activations-train (M6) trains chapter 13's network with each
# activation, with chapter 13's fmnet.o and fmtrain.o. The report
# trains on a subset (6,000 images, 3 epochs, 3 seeds: a few seconds of
# one core); `make full-12` on all 60,000 (10 epochs, 5 seeds: about
# 5 minutes of one core), and the report then shows that run instead,
# until a source changes.

CH12      := 12-modern-activations
CH12_DIR  := chapters/$(CH12)
CH12_TRAIN_BIN := $(BUILD)/bin/$(CH12)-train
CH12_FULL := $(BUILD)/full-12
CH13_OBJ  := $(BUILD)/obj/chapters/13-fashion-mnist

# ---------------------------------------------------------------- train

# Every program of a chapter links all its modules, mtrain.o among them.
$(BUILD)/bin/$(CH12) $(BUILD)/bin/$(CH12)-bench $(CH12_TRAIN_BIN): \
    $(CH13_OBJ)/fmnet.o $(CH13_OBJ)/fmtrain.o
$(BUILD)/obj/$(CH12_DIR)/%.o: CPPFLAGS += -Ichapters/13-fashion-mnist

# The report shows the full run while it is current (newer than every C
# source of the library and of chapters 12 and 13), else the subset.
CH12_FULL_CURRENT := $(shell test -f $(CH12_FULL)/.done && \
    test -z "$$(find src $(CH12_DIR) chapters/13-fashion-mnist \
                -name '*.[ch]' -newer $(CH12_FULL)/.done 2>/dev/null | \
                head -n 1)" && echo yes)
CH12_FULL_ARGS := --train-size 60000 --test-size 10000 --epochs 10 \
                  --seeds 5 --target 85

# The mode is a file rewritten only when it changes, so the data are
# made again when the report switches between the full run and its own.
$(BUILD)/data/$(CH12)-train.mode: FORCE
	@mkdir -p $(@D)
	@echo '$(if $(CH12_FULL_CURRENT),full,subset)' > $@.tmp
	@cmp -s $@.tmp $@ && rm -f $@.tmp || mv $@.tmp $@

$(BUILD)/data/$(CH12)-train/.done: $(CH12_TRAIN_BIN) \
    $(BUILD)/data/$(CH12)-train.mode $(wildcard $(CH12_FULL)/.done)
	@rm -rf $(@D).tmp && mkdir -p $(@D).tmp
ifeq ($(CH12_FULL_CURRENT),yes)
	cp $(CH12_FULL)/*.tsv $(CH12_FULL)/summary.txt $(@D).tmp/
else
	$< --out $(@D).tmp > $(@D).tmp/summary.txt
endif
	@touch $(@D).tmp/.done && rm -rf $(@D) && mv $(@D).tmp $(@D)

.PHONY: full-12
full-12: $(CH12_TRAIN_BIN)
	@rm -rf $(CH12_FULL).tmp && mkdir -p $(CH12_FULL).tmp
	$(CH12_TRAIN_BIN) $(CH12_FULL_ARGS) --out $(CH12_FULL).tmp \
	    > $(CH12_FULL).tmp/summary.txt
	@touch $(CH12_FULL).tmp/.done
	@rm -rf $(CH12_FULL) && mv $(CH12_FULL).tmp $(CH12_FULL)
	@cat $(CH12_FULL)/summary.txt

CHAPTER_TARGETS += full-12
HELP_full-12 = chapter 12 training on all 60,000 images, 10 epochs, 5 seeds (~5 min of one core)

# ---------------------------------------------------------------- bench

CH12_BENCH_ARGS = $(if $(filter 0,$(BENCH)),--no-timing)
$(BUILD)/data/$(CH12)-bench.args: FORCE
	@mkdir -p $(@D)
	@echo '$(strip $(CH12_BENCH_ARGS))' > $@.tmp
	@cmp -s $@.tmp $@ && rm -f $@.tmp || mv $@.tmp $@

$(BUILD)/data/$(CH12)-bench/.done: $(BUILD)/bin/$(CH12)-bench \
    $(BUILD)/data/$(CH12)-bench.args
# Timings wait, as chapter 10's do, for the rest of the book (but this
# chapter's text, which quotes them), so that under make -j2 nothing else
# competes for the processor while they are measured.
ifneq ($(BENCH),0)
$(BUILD)/data/$(CH12)-bench/.done: | \
    $(filter-out $(BUILD)/tex/$(CH12).tex,$(CH10_QUIET))
endif
	@rm -rf $(@D).tmp && mkdir -p $(@D).tmp
	$< $(CH12_BENCH_ARGS) --out $(@D).tmp > $(@D).tmp/summary.txt
	@touch $(@D).tmp/.done && rm -rf $(@D) && mv $(@D).tmp $(@D)

# ---------------------------------------------------------------- report

# The training figure reads the training program's data (its script
# reads datadir."/../12-modern-activations-train/"); the text reads both
# programs' tables and values.
$(BUILD)/fig/$(CH12)/train.pdf $(BUILD)/html/fig/$(CH12)/train.svg: \
    $(BUILD)/data/$(CH12)-train/.done
$(BUILD)/tex/$(CH12).tex: $(BUILD)/data/$(CH12)-train/.done \
    $(BUILD)/data/$(CH12)-bench/.done
$(BUILD)/tex/ledger.tex: $(BUILD)/data/$(CH12)-train/.done \
    $(BUILD)/data/$(CH12)-bench/.done

# ---------------------------------------------------------------- exercises

# An exercise's check links the chapter's modules (docs/exercises.mk),
# mtrain.o among them, so it needs chapter 13's objects too.
CH12_EX_NAMES := $(basename $(notdir $(filter-out %.check.c,\
    $(wildcard $(CH12_DIR)/exercises/12.*-*.c))))
$(foreach d,bin stub sol,$(CH12_EX_NAMES:%=$(BUILD)/ex/$(d)/$(CH12)/%)): \
    $(CH13_OBJ)/fmnet.o $(CH13_OBJ)/fmtrain.o
