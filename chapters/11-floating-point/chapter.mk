# chapter.mk - chapter 11's own rules: the exhaustive check of every float
# input, and how the report finds its last run.
#
#   make check-exhaustive   all 2^32 floats through the library's float
#                           activations (act.h and act_modern.h), on 2
#                           threads (some 10 minutes of processor time,
#                           5 of waiting on a quiet machine, longer on a
#                           busy one);
#                           fails if any bound is broken, and leaves its
#                           summary in build/exhaustive/ for the report

FP_EXHAUSTIVE := $(BUILD)/bin/11-floating-point-exhaustive
FP_FULL_DIR   := $(BUILD)/exhaustive

# Only the exhaustive program runs threads (through src/exhaust.c), so
# only it links with -pthread.
$(FP_EXHAUSTIVE): LDLIBS += -pthread

# The chapter program shows the last full run, when there is one, beside
# the sample it checks itself, and quotes it for F2 and F3 only if it
# covered every float with the program's own C library; a new full run
# remakes the chapter's data. A full run older than any C source it
# checks is stale and not passed at all.
FP_FULL_STALE := $(if $(wildcard $(FP_FULL_DIR)/summary.tsv),$(shell \
    find src chapters/11-floating-point -name '*.[ch]' \
         -newer $(FP_FULL_DIR)/summary.tsv 2>/dev/null | head -n 1),none)
REPORT_ARGS_11-floating-point = $(if $(FP_FULL_STALE),,--full $(FP_FULL_DIR))
$(BUILD)/data/11-floating-point/.done: \
    $(wildcard $(FP_FULL_DIR)/summary.tsv $(FP_FULL_DIR)/run.tsv)

# The summary is replaced only by a complete run (the program writes its
# files all at once at the end); it exits 1 when a check failed, after
# writing the summary that says which.
.PHONY: check-exhaustive
check-exhaustive: $(FP_EXHAUSTIVE)
	@mkdir -p $(FP_FULL_DIR)
	$(FP_EXHAUSTIVE) --threads 2 --out $(FP_FULL_DIR)

CHAPTER_TARGETS += check-exhaustive
HELP_check-exhaustive = check every float input of the float activations (F2, F3)

# The three error figures share their axes.
$(addprefix $(BUILD)/fig/11-floating-point/,\
    functions.pdf derivatives.pdf losses.pdf): \
    plots/11-floating-point/error_axes.gpi
