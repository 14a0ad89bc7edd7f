# Makefile - builds the course: chapter programs, their data, the figures,
# the tests and the PDF. Everything it makes goes under $(BUILD).
#
#   make            every chapter program, into build/bin/
#   make test       the CUnit suite
#   make report     build/course.pdf
#   make help       every target
#
# Every goal first checks the tools it needs (docs/tools/deps.sh), before
# anything is built. Any goals may be given together, under -j too: they
# are one graph, with one run of the test suite that `make test` shows and
# the report's ledger reads.
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

# ---------------------------------------------------------------- tools

# The tools the goals need are checked while make reads this file, before
# anything is built, so that a machine without a compiler gets the
# install command rather than "cc: No such file or directory"; and the
# pkg-config calls below see what was just installed. Goals that build
# nothing check nothing; neither does make -n, nor a make run by a recipe.
NO_TOOLS := clean help deps deps-test deps-report check-keys
tools_for = $(if $(filter $(NO_TOOLS),$(1)),,$(if $(filter test report try \
              check-toc html check-html,$(1)),$(1),$(if $(filter \
              %/course.pdf,$(1)),report,$(if $(filter %/results.tsv,$(1)),\
              test,build))))
DEPS_GOALS := $(sort $(foreach g,$(or $(MAKECMDGOALS),all),\
                $(call tools_for,$(g))))
ifeq ($(MAKELEVEL)$(findstring n,$(filter-out --%,$(firstword -$(MAKEFLAGS)))),0)
ifneq ($(DEPS_GOALS),)
DEPS_OUT := $(shell sh docs/tools/deps.sh $(DEPS_GOALS) >&2)
ifneq ($(.SHELLSTATUS),0)
$(error the tools above are missing (docs/tools/deps.sh $(DEPS_GOALS)); install them, then run make again)
endif
endif
endif

# A plain `make`, `make test` or `make report` runs as many jobs as the
# machine has processors; `make -j1` (or any -jN) still decides.
ifeq ($(filter -j%,$(MAKEFLAGS)),)
MAKEFLAGS += -j$(shell nproc 2>/dev/null || echo 1)
endif

# `make clean report` cleans first, then builds: with other goals beside
# it, clean happens here, before any of them starts (under -j too).
ifneq ($(filter clean,$(MAKECMDGOALS)),)
ifneq ($(filter-out clean,$(MAKECMDGOALS)),)
CLEAN_FIRST := $(shell rm -rf $(BUILD))
endif
endif

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
# Plots, tables and numbers never depend on the user's locale: C, with
# UTF-8 as its character set (the figures' symbols are UTF-8 text).
export LC_ALL = C.UTF-8

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
# Every other tests/*.c supports the suites: the runner, check.c, and what
# several test files share (xorimg.c, ...).
TEST_SUPPORT := $(sort $(filter-out $(TEST_SRC),$(wildcard tests/*.c)))
TEST_OBJ  := $(TEST_SRC:%.c=$(BUILD)/obj/%.o) \
             $(TEST_SUPPORT:%.c=$(BUILD)/obj/%.o)
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

# The tests see every chapter's headers at once (-I for each chapter
# folder, after src/ and tests/), so a header name must be unique across
# src/, tests/ and the chapters: a second dead.h would silently stand in
# for chapter 10's. headers.sh stops the build at such a clash, naming
# both files.
HEADERS := $(sort $(wildcard src/*.h tests/*.h chapters/*/*.h))
ifneq ($(DEPS_GOALS),)
HEADER_CLASHES := $(shell sh docs/tools/headers.sh $(HEADERS) >&2)
ifneq ($(.SHELLSTATUS),0)
$(error two headers share a name (see above))
endif
endif

# ---------------------------------------------------------------- compiling

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(WARNINGS) $(CFLAGS) $(EXTRA_CFLAGS) $(DEPFLAGS) -c $< -o $@

# src/exhaust.c runs threads: it is compiled with -pthread, and what
# links it (the exhaustive checks, whose chapter.mk says so, and the
# tests) links with -pthread.
$(BUILD)/obj/src/exhaust.o: EXTRA_CFLAGS += -pthread

$(LIB): $(LIB_OBJ)
	@mkdir -p $(@D)
	@rm -f $@
	$(AR) rcs $@ $^

# The library's vectorised float kernels get flags of their own.
include src/vecact.mk

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

# The runner learns the suites from the file names (and suites.sh checks
# that each file's CHECK_SUITE is named after it); the list is rewritten
# only when it changes, so adding a test file relinks and nothing more.
$(BUILD)/tests/suites.inc: docs/tools/suites.sh FORCE
	@mkdir -p $(@D)
	@sh docs/tools/suites.sh $(TEST_SRC) > $@.tmp
	@cmp -s $@.tmp $@ && rm -f $@.tmp || mv $@.tmp $@

$(BUILD)/obj/tests/%.o: CPPFLAGS += -Itests -I$(BUILD)/tests $(CUNIT_CFLAGS) \
                              $(addprefix -I,$(sort $(dir $(MOD_SRC))))
$(BUILD)/obj/tests/runner.o: $(BUILD)/tests/suites.inc

$(TEST_BIN): LDLIBS += -pthread
$(TEST_BIN): $(TEST_OBJ) $(MOD_OBJ) $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) $^ $(CUNIT_LIBS) $(LDLIBS) -o $@

# The tests run the chapter programs (bad arguments, --help) and the
# report's filters, so they depend on both.
TEST_INPUTS := $(TEST_BIN) $(BINS) $(EXTRA_BINS) $(FILTER_DEPS) \
               $(wildcard tests/filters/*)
TEST_ENV    := COURSE_BIN_DIR=$(BUILD)/bin COURSE_BUILD=$(BUILD)

# One run of the suite serves `make test` and the report. The ledger
# shows this run's outcome, pass or fail, so a failing test does not stop
# the report, it marks its claim as failing; `make test` shows the run and
# fails after it (its status is kept in status.txt). `make test` always
# runs the suite; the report alone runs it when something it tests changed.
TEST_GOAL := $(filter test,$(MAKECMDGOALS))
ifneq ($(TEST_GOAL),)
$(RESULTS): FORCE
endif
$(RESULTS): $(TEST_INPUTS)
	@mkdir -p $(@D)
	@rm -f $@ $(@D)/status.txt
ifneq ($(TEST_GOAL),)
	{ $(TEST_ENV) $(TEST_BIN) --results $@; echo $$? > $(@D)/status.txt; } \
	  2>&1 | tee $(@D)/log.txt
else
	@$(TEST_ENV) $(TEST_BIN) --results $@ > $(@D)/log.txt 2>&1; \
	  echo $$? > $(@D)/status.txt
	@test "$$(cat $(@D)/status.txt)" = 0 || \
	  echo "warning: tests failed (see $(@D)/log.txt); the ledger marks them" >&2
endif
	@test -f $@ || { echo "$(TEST_BIN) wrote no $@ (see $(@D)/log.txt)" >&2; \
	  exit 1; }

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

# pdflatex runs until the contents and the cross-references settle; then
# any reference still undefined stops the build.
$(PDF): docs/course.tex $(TEX_PARTS) docs/tools/latex.sh
	@sh docs/tools/latex.sh $(PDFLATEX) docs/course.tex $(BUILD)/tex $(BUILD)/pdf
	@cp $(BUILD)/pdf/course.pdf $@.tmp && mv $@.tmp $@
	@echo "report: $@"

# ---------------------------------------------------------------- targets

.PHONY: all test report deps deps-test deps-report help clean FORCE try \
        check-toc check-keys

all: $(BINS) $(EXTRA_BINS)

test: $(RESULTS)
	@test "$$(cat $(dir $(RESULTS))status.txt)" = 0 || \
	  { echo "make test: some tests failed (see above)" >&2; exit 1; }

report: $(PDF)

# The contents page against the pages: every entry's number must be the
# one printed on the page where its heading is (needs pdftotext).
check-toc: $(PDF)
	perl docs/tools/check-toc.pl $(PDF)

# Every {{key}} of the texts, findable in the code that records it.
check-keys:
	@perl docs/tools/keys.pl

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

# Only the tools, those of every goal (the report's include the others').
# deps-test and deps-report check those of one goal.
deps deps-report:
	@sh docs/tools/deps.sh report
deps-test:
	@sh docs/tools/deps.sh test

help:
	@echo "make               build every chapter program into $(BUILD)/bin/"
	@echo "make test          run the CUnit suite"
	@echo "make report        build $(PDF)"
	@echo "                   (each installs the tools it needs if missing)"
	@echo "make deps          only install the tools (Debian/Ubuntu, apt-get)"
	@echo "make html          build the web edition into $(BUILD)/html/"
	@echo "make check-html    open every web page in headless Chromium and check it"
	@echo "make check-toc     check the PDF's contents page against its pages"
	@echo "make check-keys    check that every {{key}} of the texts is findable"
	@echo "                   in the code that records it"
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
include docs/html/html.mk
include docs/exercises.mk
