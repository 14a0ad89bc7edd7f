# chapter.mk - chapter 10's own rules: the flags of its scalar
# kernels, the recorded GPU table, the benchmark (`make bench`), and how
# the data of the chapter's four programs reach the report.
#
# The chapter has one program per section: 10-relu (the function and the
# kernels' accuracy; its data are made by the top Makefile, as every
# chapter's), 10-relu-bench (timings), 10-relu-compare (the verdicts of
# `make bench-compare`), 10-relu-speed (epochs to a loss) and 10-relu-dead
# (dead units). The last four write into
# build/data/PROGRAM/, which the text quotes as {{PROGRAM:key}} and
# file="../PROGRAM/NAME.tsv"; the figures drawn from them get their
# datadir here.
#
# Timings are measurements: they differ from machine to machine and from
# run to run, unlike everything else in the book. The report therefore
# takes them from a benchmark run that is a file target of its own,
# build/bench/MODE/.done, made once and not remade unless the benchmark's
# sources change, so an incremental build never measures again. BENCH
# chooses the MODE:
#
#   make report               full if `make bench` has run since the
#                             benchmark last changed, else quick
#   make report BENCH=quick   the quick sweep (a few seconds)
#   make report BENCH=full    the full sweep (make bench; minutes)
#   make report BENCH=0       no benchmark (10-relu-bench --sweep none):
#                             the chapter shows a dash for every timing
#                             and labelled empty frames for its figures,
#                             so two clean builds give byte-identical PDFs
#   make bench                the full sweep, into build/bench/full/

CH10     := 10-relu
CH10_DIR := chapters/$(CH10)
CH10_OBJ := $(BUILD)/obj/$(CH10_DIR)

# ---------------------------------------------------------------- flags

# The kernels' flags are the library's (src/vecact.mk); the scalar
# kernels record the course's CFLAGS they are compiled with.
$(CH10_OBJ)/kernels.o: EXTRA_CFLAGS += -DKERNELS_CFLAGS='"$(strip $(CFLAGS))"'

# ---------------------------------------------------------------- GPU

# The recorded GPU measurement is compiled into the benchmark as C rows
# (gpu.c includes them), so no program reads a file at run time and every
# one runs from any folder; the book's table is the file itself, its
# comment lines left out, copied into the benchmark's data below.
CH10_GPU     := $(CH10_DIR)/data/gpu-activations-h200-pytorch.tsv
CH10_GPU_INC := $(BUILD)/gen/$(CH10)/gpu_h200.inc
$(CH10_GPU_INC): $(CH10_GPU) $(CH10_DIR)/gpu_table.awk
	@mkdir -p $(@D)
	awk -f $(CH10_DIR)/gpu_table.awk $(CH10_GPU) > $@.tmp
	@mv $@.tmp $@
$(CH10_OBJ)/gpu.o: $(CH10_GPU_INC)
$(CH10_OBJ)/gpu.o: EXTRA_CFLAGS += -I$(dir $(CH10_GPU_INC))

# ---------------------------------------------------------------- loops

# The instructions of each kernel's main loop, counted in the compiled
# objects of vecact.c's builds (loops.awk) and compiled into timing.o as
# C rows, as the GPU table is into gpu.o.
CH10_VEC_OBJ   := $(addprefix $(VECACT_OBJ)/,vecact.o vecact_avx2.o \
                    vecact_avx512.o)
CH10_LOOPS_INC := $(BUILD)/gen/$(CH10)/loops.inc
OBJDUMP        ?= objdump
$(CH10_LOOPS_INC): $(CH10_VEC_OBJ) $(CH10_DIR)/loops.awk
	@mkdir -p $(@D)
	for o in $(CH10_VEC_OBJ); do b=$$(basename $$o .o); \
	  $(OBJDUMP) -d --no-show-raw-insn $$o | awk \
	    -v build=$$(echo $${b#vecact} | sed 's/^_//; s/^$$/base/') \
	    -f $(CH10_DIR)/loops.awk; \
	done > $@.tmp
	@mv $@.tmp $@
$(CH10_OBJ)/timing.o: $(CH10_LOOPS_INC)
$(CH10_OBJ)/timing.o: EXTRA_CFLAGS += -I$(dir $(CH10_LOOPS_INC))

# ---------------------------------------------------------------- bench

CH10_BENCH_BIN := $(BUILD)/bin/$(CH10)-bench
# A benchmark run depends on the code it times and on its flags (those
# of src/vecact.mk), not on the library's objects, so that changing an
# unrelated file does not time the same kernels again.
CH10_BENCH_SRC := $(addprefix $(CH10_DIR)/,main-bench.c kernels.c \
                    kernels.h benchout.c benchout.h timing.c timing.h \
                    gpu.c gpu.h gpu_table.awk loops.awk chapter.mk) $(CH10_GPU) \
                  $(VECACT_SRC) \
                  src/act.c src/act.h src/bench.c src/bench.h src/dense.c
# The report's quick run waits for the rest of the book to be built, so
# that nothing else competes for the processor and the memory while it
# measures (make -j2 would otherwise run other chapters beside it).
# (A chapter that quotes this one's numbers must wait for it instead.)
CH10_QUIET := $(foreach ch,$(filter-out $(CH10),$(DOC_CHAPTERS)),\
                $(if $(filter $(CH10),$(call xrefs,$(ch))),,\
                     $(BUILD)/tex/$(ch).tex)) $(RESULTS) \
              $(foreach p,$(CH10) $(CH10)-speed $(CH10)-dead,\
                $(BUILD)/data/$(p)/.done)

# Into a fresh folder, swapped in whole, like a chapter's data; the
# summary is printed after `make bench` and kept in summary.txt.
define ch10_bench_run
	@rm -rf $(@D).tmp && mkdir -p $(@D).tmp
	$(CH10_BENCH_BIN) --sweep $(1) --out $(@D).tmp > $(@D).tmp/summary.txt
	@$(if $(2),cat $(@D).tmp/summary.txt,echo "timings: $(@D)/summary.txt")
	@touch $(@D).tmp/.done && rm -rf $(@D) && mv $(@D).tmp $(@D)
endef

$(BUILD)/bench/quick/.done: $(CH10_BENCH_SRC) \
    | $(CH10_BENCH_BIN) $(CH10_QUIET)
	$(call ch10_bench_run,quick,)

$(BUILD)/bench/full/.done: $(CH10_BENCH_SRC) | $(CH10_BENCH_BIN)
	$(call ch10_bench_run,full,show)

# No benchmark: the same tables and keys, every timing a dash.
$(BUILD)/bench/none/.done: $(CH10_BENCH_SRC) | $(CH10_BENCH_BIN)
	@rm -rf $(@D).tmp && mkdir -p $(@D).tmp
	$(CH10_BENCH_BIN) --sweep none --out $(@D).tmp > $(@D).tmp/summary.txt
	@touch $(@D).tmp/.done && rm -rf $(@D) && mv $(@D).tmp $(@D)

# `make bench` measures again every time it is asked.
.PHONY: bench
bench: $(CH10_BENCH_BIN)
	@rm -f $(BUILD)/bench/full/.done
	@$(MAKE) --no-print-directory $(BUILD)/bench/full/.done

# ---------------------------------------------------------------- report

# By default the report uses the full sweep of `make bench` while it is
# current (newer than every source it depends on), else the quick one:
# a report never starts the long sweep by itself.
CH10_FULL_CURRENT := $(shell test -f $(BUILD)/bench/full/.done && \
    test -z "$$(find $(CH10_BENCH_SRC) -newer $(BUILD)/bench/full/.done \
                2>/dev/null)" && echo yes)
BENCH ?= $(if $(CH10_FULL_CURRENT),full,quick)
CH10_BENCH_DIR := $(BUILD)/bench/$(if $(filter-out 0,$(BENCH)),$(BENCH),none)

# The last `make bench-compare` (below): the report shows its table and
# verdicts when there is one and BENCH is not 0, and otherwise the same
# table and keys with every cell a dash (10-relu-compare writes both).
CH10_CMP_DIR := $(BUILD)/bench/compare
CH10_CMP_SHOW := $(strip $(if $(filter-out 0,$(BENCH)),\
                   $(wildcard $(CH10_CMP_DIR)/compare.tsv)))

# The mode is a file rewritten only when BENCH changes, so that the
# chapter's data are made again when it does, and only then.
$(BUILD)/bench/mode: FORCE
	@mkdir -p $(@D)
	@echo '$(BENCH)' > $@.tmp
	@cmp -s $@.tmp $@ && rm -f $@.tmp || mv $@.tmp $@

# The benchmark's data: its files as it wrote them, and the GPU table,
# into a fresh folder swapped in whole.
$(BUILD)/data/$(CH10)-bench/.done: $(BUILD)/bench/mode \
    $(CH10_BENCH_DIR)/.done $(CH10_GPU)
	@rm -rf $(@D).tmp && mkdir -p $(@D).tmp
	cp $(CH10_BENCH_DIR)/*.tsv $(CH10_BENCH_DIR)/summary.txt $(@D).tmp/
	grep -v '^#' $(CH10_GPU) > $(@D).tmp/gpu.tsv
	@touch $(@D).tmp/.done && rm -rf $(@D) && mv $(@D).tmp $(@D)

# The section programs' data, made as the top Makefile makes a chapter's.
define ch10_section_data
$(BUILD)/data/$(CH10)-$(1)/.done: $(BUILD)/bin/$(CH10)-$(1)
	@rm -rf $$(@D).tmp && mkdir -p $$(@D).tmp
	$$< --out $$(@D).tmp > $$(@D).tmp/summary.txt
	@touch $$(@D).tmp/.done && rm -rf $$(@D) && mv $$(@D).tmp $$(@D)
endef
$(foreach p,speed dead,$(eval $(call ch10_section_data,$(p))))

# The comparison's verdicts, from the last `make bench-compare` if the
# report shows it (CH10_CMP_SHOW), else dashes.
$(BUILD)/data/$(CH10)-compare/.done: $(BUILD)/bin/$(CH10)-compare \
    $(BUILD)/bench/mode $(CH10_CMP_SHOW)
	@rm -rf $(@D).tmp && mkdir -p $(@D).tmp
	$< $(if $(CH10_CMP_SHOW),--run $(CH10_CMP_DIR)) --out $(@D).tmp \
	    > $(@D).tmp/summary.txt
	@touch $(@D).tmp/.done && rm -rf $(@D) && mv $(@D).tmp $(@D)

# The figures drawn from a section program's data: FIGURE, then PROGRAM;
# for the book and for the web edition (build/html, docs/html/html.mk).
define ch10_figure
$(BUILD)/fig/$(CH10)/$(1).pdf: plots/$(CH10)/$(1).gp plots/style.gp \
        $(BUILD)/data/$(2)/.done
	@mkdir -p $$(@D)
	$$(GNUPLOT) -e "datadir='$(BUILD)/data/$(2)'" -e "outfile='$$@.tmp'" \
	    plots/style.gp $$<
	@mv $$@.tmp $$@
$(BUILD)/html/fig/$(CH10)/$(1).svg: plots/$(CH10)/$(1).gp plots/style.gp \
        $(BUILD)/data/$(2)/.done
	@mkdir -p $$(@D)
	$$(GNUPLOT) -e "datadir='$(BUILD)/data/$(2)'" -e "outfile='$$@.tmp'" \
	    -e "fmt='svg'" plots/style.gp $$<
	@mv $$@.tmp $$@
endef
$(eval $(call ch10_figure,forward,$(CH10)-bench))
$(eval $(call ch10_figure,backward,$(CH10)-bench))
$(eval $(call ch10_figure,roofline,$(CH10)-bench))
$(eval $(call ch10_figure,curves,$(CH10)-speed))
$(eval $(call ch10_figure,dead,$(CH10)-dead))
$(BUILD)/fig/$(CH10)/forward.pdf $(BUILD)/fig/$(CH10)/backward.pdf \
$(BUILD)/html/fig/$(CH10)/forward.svg $(BUILD)/html/fig/$(CH10)/backward.svg: \
    plots/$(CH10)/bench_axes.gpi

# The ledger quotes the benchmark's and the dead units' values.
$(BUILD)/tex/ledger.tex: $(BUILD)/data/$(CH10)-bench/.done \
    $(BUILD)/data/$(CH10)-dead/.done

CHAPTER_TARGETS += bench
HELP_bench = chapter 10: timings, the full sweep (minutes)

# ---------------------------------------------------------------- check

# The exhaustive check of every kernel build (10-relu-exhaustive), part of
# `make check-exhaustive` beside chapter 11's: all 2^32 floats on 2
# threads, about two minutes. Only it runs threads, so only it gets
# -pthread; its error loops run 2^32 times per kernel, so -O3 and
# -fno-trapping-math, which let them vectorise (the values are the same).
CH10_KCHECK := $(BUILD)/bin/$(CH10)-exhaustive
$(CH10_KCHECK): LDLIBS += -pthread
$(CH10_OBJ)/main-exhaustive.o: EXTRA_CFLAGS += -pthread
$(CH10_OBJ)/kcheck.o: EXTRA_CFLAGS += -O3 -fno-trapping-math \
    $(if $(VECACT_X86),-DKCHECK_CLONES)

.PHONY: check-kernels
check-kernels: $(CH10_KCHECK)
	@mkdir -p $(BUILD)/exhaustive-kernels
	$(CH10_KCHECK) --threads 2 --out $(BUILD)/exhaustive-kernels
check-exhaustive: check-kernels

# ---------------------------------------------------------------- compare

# `make bench-compare`: our kernels beside SLEEF's and PyTorch's on one
# thread, in one run (docs/tools/bench-compare/). It installs what it
# needs through the deps step (Debian's libsleef-dev and python3-torch)
# and is never part of the report's build: the report shows its table
# when a run has left one (and BENCH is not 0), a labelled placeholder
# otherwise, so the book never depends on SLEEF or PyTorch.
CH10_CMP_BIN := $(BUILD)/tools/bench-compare
CH10_CMP_SRC := docs/tools/bench-compare
# sleef.h declares its 256- and 512-bit functions only to code compiled
# for them, so the comparison is compiled for x86-64-v4 and runs only on
# a processor with AVX-512 (this chapter's machine class).
CH10_CMP_ARCH := -march=x86-64-v4
# Debian's python3-torch is a module of Debian's own Python, which need not
# be the first python3 on the PATH.
CH10_PYTHON   ?= /usr/bin/python3
$(BUILD)/tools/.deps-compare:
	@mkdir -p $(@D)
	sh docs/tools/deps.sh bench-compare
	@touch $@
$(CH10_CMP_BIN): $(CH10_CMP_SRC)/compare.c $(LIB) \
    | $(BUILD)/tools/.deps-compare
	$(CC) $(CPPFLAGS) $(WARNINGS) $(CFLAGS) $(CH10_CMP_ARCH) \
	    $< $(filter %.o %.a,$^) -o $@ $(LDLIBS) -lsleef

.PHONY: bench-compare
bench-compare: $(CH10_CMP_BIN)
	@rm -rf $(CH10_CMP_DIR).tmp && mkdir -p $(CH10_CMP_DIR).tmp
	$(CH10_PYTHON) $(CH10_CMP_SRC)/torch_bench.py > $(CH10_CMP_DIR).tmp/torch.tsv
	$(CH10_CMP_BIN) $(CH10_CMP_DIR).tmp/torch.tsv \
	    > $(CH10_CMP_DIR).tmp/compare.tsv
	@printf 'key\tvalue\nprocessor\t%s\ndate\t%s\n%s\t%s\n' \
	    "$$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)" \
	    "$$(date -u +%Y-%m-%d)" "PyTorch's call from Python (ns)" \
	    "$$(awk -F'\t' '$$1 == "sigmoid" { print $$4; exit }' \
	        $(CH10_CMP_DIR).tmp/torch.tsv)" \
	    > $(CH10_CMP_DIR).tmp/compare_run.tsv
	@rm -rf $(CH10_CMP_DIR) && mv $(CH10_CMP_DIR).tmp $(CH10_CMP_DIR)
	@cat $(CH10_CMP_DIR)/compare.tsv
CHAPTER_TARGETS += bench-compare
HELP_bench-compare = chapter 10: our kernels beside SLEEF and PyTorch
