# Makefile - builds the course: chapter programs, their data, the figures,
# the tests and the PDF. Everything it makes goes under $(BUILD).
#
#   make            every chapter program, into build/bin/
#   make test       the CUnit suite (checks its tools first)
#   make report     build/course.pdf (checks its tools first)
#   make help       every target
#
# A chapter is a folder chapters/NN-slug/ with a main.c; everything below
# finds chapters, plots and test files by their names, so adding a chapter
# adds files and edits nothing here. A chapter may add rules of its own in
# chapters/NN-slug/chapter.mk (extra targets such as `bench`); it lists
# such a target's name in CHAPTER_TARGETS and its description in
# HELP_name, for `make help`.

BUILD    ?= build
CFLAGS   ?= -O2 -g
WARNINGS  = -std=c11 -Wall -Wextra -Wpedantic
CPPFLAGS += -Isrc -D_POSIX_C_SOURCE=200809L
DEPFLAGS  = -MMD -MP
LDLIBS   += -lm
GNUPLOT  ?= gnuplot
PANDOC   ?= pandoc
PDFLATEX ?= pdflatex

CUNIT_CFLAGS := $(shell pkg-config --cflags cunit 2>/dev/null)
CUNIT_LIBS   := $(shell pkg-config --libs cunit 2>/dev/null || echo -lcunit)

# Part IV reads gzip files with zlib and multiplies matrices with CBLAS's
# sgemm from OpenBLAS (Debian: zlib1g-dev, libopenblas-dev); pkg-config
# finds them, with the plain library names as the fallback. Both are in
# the course's library, so every program and the tests link them.
BLAS_CFLAGS  := $(shell pkg-config --cflags openblas 2>/dev/null)
BLAS_LIBS    := $(shell pkg-config --libs openblas 2>/dev/null || echo -lopenblas)
ZLIB_LIBS    := $(shell pkg-config --libs zlib 2>/dev/null || echo -lz)
CPPFLAGS     += $(BLAS_CFLAGS)
LDLIBS       += $(ZLIB_LIBS) $(BLAS_LIBS)

# Dates and IDs in the PDF come from the last commit, not the clock, so two
# builds of one commit are byte-identical.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 1767225600)
export SOURCE_DATE_EPOCH
export FORCE_SOURCE_DATE = 1
# Plots, tables and numbers never depend on the user's locale.
export LC_ALL = C

.DELETE_ON_ERROR:
.SUFFIXES:
.DEFAULT_GOAL := all

# ---------------------------------------------------------------- sources

LIB_SRC   := $(wildcard src/*.c)
LIB_OBJ   := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
LIB       := $(BUILD)/lib/libcourse.a
CHAPTERS  := $(sort $(patsubst chapters/%/main.c,%,$(wildcard chapters/*/main.c)))
BINS      := $(CHAPTERS:%=$(BUILD)/bin/%)
# Chapter modules (every .c but main*.c) are linked into the tests too.
MOD_SRC   := $(filter-out %/main.c $(wildcard chapters/*/main-*.c),\
                          $(wildcard chapters/*/*.c))
MOD_OBJ   := $(MOD_SRC:%.c=$(BUILD)/obj/%.o)
TEST_SRC  := $(sort $(wildcard tests/test_*.c))
SUITES    := $(patsubst tests/test_%.c,%,$(TEST_SRC))
TEST_OBJ  := $(TEST_SRC:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/tests/check.o \
             $(BUILD)/obj/tests/runner.o
TEST_BIN  := $(BUILD)/bin/course-tests
RESULTS   := $(BUILD)/test/results.tsv
# Chapters with text; a chapter's part is set in docs/parts.tsv.
DOC_CHAPTERS := $(sort $(patsubst chapters/%/chapter.md,%,$(wildcard chapters/*/chapter.md)))
FILTERS   := $(wildcard docs/filters/*.lua)
# What the filters load (not filters themselves): a prerequisite as well.
FILTER_DEPS := $(FILTERS) $(wildcard docs/filters/lib/*.lua)
# The references: the book's own, and any chapter's references.bib.
BIBS      := docs/references.bib $(wildcard chapters/*/references.bib)
PDF       := $(BUILD)/course.pdf

# ---------------------------------------------------------------- compiling

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(WARNINGS) $(CFLAGS) $(EXTRA_CFLAGS) $(DEPFLAGS) -c $< -o $@

$(LIB): $(LIB_OBJ)
	@mkdir -p $(@D)
	@rm -f $@
	$(AR) rcs $@ $^

# One program per chapter: main.c, the chapter's modules, the library.
# Any chapters/NN-slug/main-NAME.c is a further program NN-slug-NAME.
define chapter_program
$(BUILD)/bin/$(1): $(BUILD)/obj/chapters/$(1)/main.o \
                   $(filter $(BUILD)/obj/chapters/$(1)/%,$(MOD_OBJ)) $(LIB)
	@mkdir -p $$(@D)
	$$(CC) $$(CFLAGS) $$(LDFLAGS) $$^ $$(LDLIBS) -o $$@
endef
$(foreach ch,$(CHAPTERS),$(eval $(call chapter_program,$(ch))))

EXTRA_MAINS := $(wildcard chapters/*/main-*.c)
EXTRA_BINS  := $(foreach f,$(EXTRA_MAINS),$(BUILD)/bin/$(notdir $(patsubst %/,%,$(dir $(f))))-$(patsubst main-%.c,%,$(notdir $(f))))
define extra_program
$(BUILD)/bin/$(notdir $(patsubst %/,%,$(dir $(1))))-$(patsubst main-%.c,%,$(notdir $(1))): \
        $(BUILD)/obj/$(1:.c=.o) \
        $(filter $(BUILD)/obj/$(dir $(1))%,$(MOD_OBJ)) $(LIB)
	@mkdir -p $$(@D)
	$$(CC) $$(CFLAGS) $$(LDFLAGS) $$^ $$(LDLIBS) -o $$@
endef
$(foreach f,$(EXTRA_MAINS),$(eval $(call extra_program,$(f))))

# ---------------------------------------------------------------- tests

# The runner learns the suites from the file names; the list is rewritten
# only when it changes, so adding a test file relinks and nothing more.
$(BUILD)/tests/suites.inc: FORCE
	@mkdir -p $(@D)
	@printf 'X(%s)\n' $(SUITES) > $@.tmp
	@cmp -s $@.tmp $@ && rm -f $@.tmp || mv $@.tmp $@

$(BUILD)/obj/tests/%.o: CPPFLAGS += -Itests -I$(BUILD)/tests $(CUNIT_CFLAGS) \
                              $(addprefix -I,$(sort $(dir $(MOD_SRC))))
$(BUILD)/obj/tests/runner.o: $(BUILD)/tests/suites.inc

$(TEST_BIN): $(TEST_OBJ) $(MOD_OBJ) $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) $^ $(CUNIT_LIBS) $(LDLIBS) -o $@

# The tests run the chapter programs (bad arguments, --help) and the
# report's filters, so they depend on both.
TEST_INPUTS := $(TEST_BIN) $(BINS) $(EXTRA_BINS) $(FILTER_DEPS) \
               $(wildcard tests/filters/*)
TEST_ENV    := COURSE_BIN_DIR=$(BUILD)/bin COURSE_BUILD=$(BUILD)

# For the report: the ledger shows this run's outcome, pass or fail, so a
# failing test does not stop the report, it marks its claim as failing.
$(RESULTS): $(TEST_INPUTS)
	@mkdir -p $(@D)
	@$(TEST_ENV) $(TEST_BIN) --results $@ > $(@D)/log.txt 2>&1 || \
	  echo "warning: tests failed (see $(@D)/log.txt); the ledger marks them" >&2
	@test -f $@

# ---------------------------------------------------------------- data, figures

# A chapter's data: run its program into a fresh folder, then swap it in
# whole. REPORT_ARGS_NN-slug (in chapter.mk) sets the options the report uses.
define chapter_data
$(BUILD)/data/$(1)/.done: $(BUILD)/bin/$(1)
	@rm -rf $$(@D).tmp && mkdir -p $$(@D).tmp
	$$< $$(REPORT_ARGS_$(1)) --out $$(@D).tmp > $$(@D).tmp/summary.txt
	@touch $$(@D).tmp/.done && rm -rf $$(@D) && mv $$(@D).tmp $$(@D)

# Figures: plots/NN-slug/NAME.gp draws build/fig/NN-slug/NAME.pdf from
# the chapter's data; plots/style.gp sets the terminal and the fonts.
$(BUILD)/fig/$(1)/%.pdf: plots/$(1)/%.gp plots/style.gp $(BUILD)/data/$(1)/.done
	@mkdir -p $$(@D)
	$$(GNUPLOT) -e "datadir='$(BUILD)/data/$(1)'" -e "outfile='$$@.tmp'" \
	    plots/style.gp $$<
	@mv $$@.tmp $$@
endef
$(foreach ch,$(CHAPTERS),$(eval $(call chapter_data,$(ch))))

FIGURES := $(foreach ch,$(CHAPTERS),\
             $(patsubst plots/%.gp,$(BUILD)/fig/%.pdf,$(wildcard plots/$(ch)/*.gp)))

# ---------------------------------------------------------------- report

# Each chapter's text becomes a LaTeX fragment of its own, so touching one
# chapter re-runs pandoc for that chapter only. The filters write a .d file
# naming every source, table and figure the text cites.
PANDOC_FLAGS = -f markdown -t latex --top-level-division=chapter \
               --fail-if-warnings --citeproc \
               $(BIBS:%=--bibliography=%) \
               -M suppress-bibliography=true -M link-citations=true \
               -M builddir=$(BUILD) \
               $(FILTERS:%=--lua-filter=%)

# A chapter that quotes another's numbers ({{07-sigmoid:key}}) needs that
# chapter's data first; the references are read from its text.
xrefs = $(filter-out $(1),$(sort $(subst :,,$(subst {{,,\
          $(shell grep -o '{{[0-9][0-9]-[a-z0-9-]*:' chapters/$(1)/chapter.md)))))

define chapter_text
$(BUILD)/tex/$(1).tex: chapters/$(1)/chapter.md $(FILTER_DEPS) $(BIBS) \
        $(BUILD)/data/$(1)/.done $(filter $(BUILD)/fig/$(1)/%,$(FIGURES)) \
        $(foreach x,$(call xrefs,$(1)),$(BUILD)/data/$(x)/.done)
	@mkdir -p $$(@D)
	$$(PANDOC) $$(PANDOC_FLAGS) -M chapter=$(1) -M depfile=$$@.d \
	    -M target=$$@ $$< -o $$@.tmp
	@mv $$@.tmp $$@
endef
$(foreach ch,$(DOC_CHAPTERS),$(eval $(call chapter_text,$(ch))))

# Front and back matter: the preface, the claims ledger, the references.
$(BUILD)/tex/preface.tex: docs/preface.md $(FILTER_DEPS) $(BIBS)
	@mkdir -p $(@D)
	$(PANDOC) $(PANDOC_FLAGS) -M chapter=preface -M depfile=$@.d \
	    -M target=$@ $< -o $@.tmp
	@mv $@.tmp $@

$(BUILD)/tex/ledger.tex: docs/ledger.md $(FILTER_DEPS) $(RESULTS) \
        $(wildcard chapters/*/claims.tsv) \
        $(DOC_CHAPTERS:%=$(BUILD)/data/%/.done)
	@mkdir -p $(@D)
	$(PANDOC) $(PANDOC_FLAGS) -M chapter=ledger -M depfile=$@.d \
	    -M target=$@ -M results=$(RESULTS) \
	    -M chapters="$(DOC_CHAPTERS)" $< -o $@.tmp
	@mv $@.tmp $@

$(BUILD)/tex/references.tex: docs/references.md $(BIBS)
	@mkdir -p $(@D)
	$(PANDOC) -f markdown -t latex --top-level-division=chapter --citeproc \
	    --fail-if-warnings $(BIBS:%=--bibliography=%) $< -o $@.tmp
	@mv $@.tmp $@

# pandoc defines its highlighting macros only in a standalone document;
# this asks for them alone, through a template that holds nothing else.
$(BUILD)/tex/highlight.tex: docs/tools/highlight.template
	@mkdir -p $(@D)
	printf '```c\nint x;\n```\n' | $(PANDOC) -f markdown -t latex \
	    --highlight-style=pygments --template=$< -o $@.tmp
	@mv $@.tmp $@

# The order of the book: chapters sorted by number, a \part where
# docs/parts.tsv starts one, and the chapter number equal to the folder's.
$(BUILD)/tex/body.tex: docs/parts.tsv docs/tools/body.sh FORCE
	@mkdir -p $(@D)
	@sh docs/tools/body.sh docs/parts.tsv $(DOC_CHAPTERS) > $@.tmp
	@cmp -s $@.tmp $@ && rm -f $@.tmp || mv $@.tmp $@

TEX_PARTS := $(BUILD)/tex/preface.tex $(BUILD)/tex/body.tex \
             $(BUILD)/tex/ledger.tex $(BUILD)/tex/references.tex \
             $(BUILD)/tex/highlight.tex $(DOC_CHAPTERS:%=$(BUILD)/tex/%.tex)

# Two passes settle the table of contents and the cross-references; then
# any reference still undefined stops the build.
$(PDF): docs/course.tex $(TEX_PARTS) docs/tools/latex.sh
	@sh docs/tools/latex.sh $(PDFLATEX) docs/course.tex $(BUILD)/tex $(BUILD)/pdf
	@cp $(BUILD)/pdf/course.pdf $@.tmp && mv $@.tmp $@
	@echo "report: $@"

# ---------------------------------------------------------------- targets

.PHONY: all test report deps deps-test deps-report help clean FORCE \
        test-run report-run try

all: $(BINS) $(EXTRA_BINS)

# `make test` and `make report` first make sure their tools are installed;
# the build itself runs in a second make, after that check.
test: deps-test
	@$(MAKE) --no-print-directory test-run

report: deps-report
	@$(MAKE) --no-print-directory report-run

test-run: $(TEST_INPUTS)
	@mkdir -p $(dir $(RESULTS))
	$(TEST_ENV) $(TEST_BIN) --results $(RESULTS)

report-run: $(PDF)

# make try CH=07-sigmoid ARGS='--zmax 30': run one chapter with your own
# options and draw its figures from that run, into build/try/CH/.
TRY := $(BUILD)/try/$(CH)
try: $(if $(CH),$(BUILD)/bin/$(CH))
	@test -n "$(CH)" -a -x "$(BUILD)/bin/$(CH)" || \
	  { echo "usage: make try CH=NN-slug ARGS='options'" \
	    "(chapters: $(CHAPTERS))" >&2; exit 2; }
	@rm -rf $(TRY) && mkdir -p $(TRY)
	$(BUILD)/bin/$(CH) $(ARGS) --out $(TRY)
	@for gp in $(wildcard plots/$(CH)/*.gp); do \
	  name=$$(basename $$gp .gp); \
	  $(GNUPLOT) -e "datadir='$(TRY)'" -e "outfile='$(TRY)/$$name.pdf'" \
	    plots/style.gp $$gp || exit 1; \
	done
	@echo "tables and figures: $(TRY)/"

deps: deps-report
deps-test:
	@sh docs/tools/deps.sh test
deps-report:
	@sh docs/tools/deps.sh report

help:
	@echo "make               build every chapter program into $(BUILD)/bin/"
	@echo "make test          run the CUnit suite (installs CUnit etc. if missing)"
	@echo "make report        build $(PDF) (installs its tools if missing)"
	@echo "make deps          only install the tools (Debian/Ubuntu, apt-get)"
	@echo "make try CH=07-sigmoid ARGS='--zmax 30'"
	@echo "                   run one chapter with your options and draw its"
	@echo "                   figures from that run into $(BUILD)/try/CH/"
	@echo "make clean         remove $(BUILD)/"
	@echo "Variables: CFLAGS (default -O2 -g), BUILD (default build);"
	@echo "  e.g. make test BUILD=build/asan CFLAGS='-g -fsanitize=address,undefined'"
	@$(foreach t,$(CHAPTER_TARGETS),printf 'make %-12s  %s\n' '$(t)' '$(HELP_$(t))';)

clean:
	rm -rf $(BUILD)

FORCE:

-include $(wildcard chapters/*/chapter.mk)
-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
