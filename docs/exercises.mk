# exercises.mk - the chapters' exercises: build a student's answer with its
# check, and prove every check (included by the Makefile).
#
#   make exercise EX=07.2          build and run exercise 07.2's check on
#                                  the student's file
#   make exercises CH=07-sigmoid   every exercise of one chapter (no CH: all)
#   make check-exercises           every check fails on its committed stub
#                                  and passes on its solution (CI)
#
# An exercise is found by its name, so adding one adds files and edits
# nothing here (docs/extending.md says how to write one):
#
#   chapters/NN-slug/exercises/NN.K-name.c            the stub the student edits
#   chapters/NN-slug/exercises/NN.K-name.check.c      its check (a main())
#   chapters/NN-slug/exercises/solutions/NN.K-name.c  a reference solution
#   chapters/NN-slug/exercises/exercises.h            the chapter's prototypes
#
# A check is linked with one answer (the student's file, the committed stub
# or the solution), the chapter's modules (every .c but main*.c, the objects
# the chapter's program and the tests use) and the library; everything goes
# under $(BUILD)/ex/. Nothing else links an exercise: the programs and the
# tests never see a stub, so a student's edits cannot break them.
#
# The book shows a stub as committed, never as edited: each stub is copied
# from git's HEAD (or, outside a git checkout or before its first commit,
# from the file) to $(BUILD)/ex/pristine/, and docs/filters/include.lua
# reads that copy. check-exercises builds the committed stubs the same way,
# so it says the same thing on a student's clone as in CI.

EX_STUBS := $(sort $(filter-out %.check.c,\
              $(wildcard chapters/*/exercises/[0-9][0-9].[0-9]*-*.c)))
ex_id     = $(firstword $(subst -, ,$(notdir $(1))))
ex_ch     = $(notdir $(patsubst %/exercises/,%,$(dir $(1))))
ex_bin    = $(BUILD)/ex/$(2)/$(call ex_ch,$(1))/$(basename $(notdir $(1)))
EX_IDS   := $(foreach f,$(EX_STUBS),$(call ex_id,$(f)))
EX_CHAPTERS := $(sort $(foreach f,$(EX_STUBS),$(call ex_ch,$(f))))
EX_PRISTINE := $(EX_STUBS:%=$(BUILD)/ex/pristine/%)

# A stub leaves its parameters unused, and may name the variables an
# answer will need: that is the point of a stub.
EX_CFLAGS := -Wno-unused-parameter -Wno-unused-variable

# Per chapter: the student's answer (bin/), the committed stub (stub/) and
# the solution (sol/), each linked with the check. The lists are explicit
# (static pattern rules), so make keeps the objects between runs.
define ex_chapter
EX_STUBS_$(1) := $(filter chapters/$(1)/%,$(EX_STUBS))
EX_NAMES_$(1) := $$(basename $$(notdir $$(EX_STUBS_$(1))))
EX_LINK_$(1)  := $(filter $(BUILD)/obj/chapters/$(1)/%,$(MOD_OBJ)) $(LIB)

$$(EX_NAMES_$(1):%=$(BUILD)/ex/bin/$(1)/%): $(BUILD)/ex/bin/$(1)/%: \
        $(BUILD)/ex/obj/$(1)/%.o $(BUILD)/ex/obj/$(1)/%.check.o $$(EX_LINK_$(1))
	@mkdir -p $$(@D)
	$$(CC) $$(CFLAGS) $$(LDFLAGS) $$^ $$(LDLIBS) -o $$@
$$(EX_NAMES_$(1):%=$(BUILD)/ex/stub/$(1)/%): $(BUILD)/ex/stub/$(1)/%: \
        $(BUILD)/ex/obj/$(1)/stub/%.o $(BUILD)/ex/obj/$(1)/%.check.o \
        $$(EX_LINK_$(1))
	@mkdir -p $$(@D)
	$$(CC) $$(CFLAGS) $$(LDFLAGS) $$^ $$(LDLIBS) -o $$@
$$(EX_NAMES_$(1):%=$(BUILD)/ex/sol/$(1)/%): $(BUILD)/ex/sol/$(1)/%: \
        $(BUILD)/ex/obj/$(1)/solutions/%.o $(BUILD)/ex/obj/$(1)/%.check.o \
        $$(EX_LINK_$(1))
	@mkdir -p $$(@D)
	$$(CC) $$(CFLAGS) $$(LDFLAGS) $$^ $$(LDLIBS) -o $$@

$(BUILD)/ex/obj/$(1)/%.o: CPPFLAGS += -Ichapters/$(1) -Ichapters/$(1)/exercises
$(BUILD)/ex/obj/$(1)/%.o: chapters/$(1)/exercises/%.c
	@mkdir -p $$(@D)
	$$(CC) $$(CPPFLAGS) $$(WARNINGS) $$(EX_CFLAGS) $$(CFLAGS) $$(DEPFLAGS) \
	    -c $$< -o $$@
$(BUILD)/ex/obj/$(1)/stub/%.o: $(BUILD)/ex/pristine/chapters/$(1)/exercises/%.c
	@mkdir -p $$(@D)
	$$(CC) $$(CPPFLAGS) $$(WARNINGS) $$(EX_CFLAGS) $$(CFLAGS) $$(DEPFLAGS) \
	    -c $$< -o $$@

# The chapter's text (PDF and web page) shows its stubs' pristine copies.
$(BUILD)/tex/$(1).tex $(BUILD)/html/$(1).html: \
        $(filter $(BUILD)/ex/pristine/chapters/$(1)/%,$(EX_PRISTINE))
endef
$(foreach ch,$(EX_CHAPTERS),$(eval $(call ex_chapter,$(ch))))

# A stub as committed; rewritten only when that changes, so the book is
# remade only then. git show fails outside a checkout and for a file not
# yet committed: then the file itself is the stub.
$(EX_PRISTINE): $(BUILD)/ex/pristine/%: % FORCE
	@mkdir -p $(@D)
	@{ git show HEAD:$< 2>/dev/null || cat $<; } > $@.tmp
	@cmp -s $@.tmp $@ && rm -f $@.tmp || mv $@.tmp $@

# ---------------------------------------------------------------- goals

# A bad EX or CH stops make before anything is built (exit status 2).
ifneq ($(filter exercise,$(MAKECMDGOALS)),)
ifeq ($(strip $(EX)),)
$(error make exercise needs EX, e.g. make exercise EX=01.1 (exercises: $(EX_IDS)))
endif
EX_FILE := $(foreach f,$(EX_STUBS),$(if $(filter $(EX),$(call ex_id,$(f))),$(f)))
ifneq ($(words $(EX)) $(words $(EX_FILE)),1 1)
$(error EX=$(EX): no such exercise (exercises: $(EX_IDS)))
endif
endif
ifneq ($(filter exercises,$(MAKECMDGOALS)),)
ifneq ($(strip $(CH)),)
ifneq ($(words $(CH)) $(words $(filter $(CH),$(EX_CHAPTERS))),1 1)
$(error CH=$(CH): no chapter with exercises (chapters: $(EX_CHAPTERS)))
endif
endif
endif

EX_RUN = sh docs/tools/exercises.sh

.PHONY: exercise exercises check-exercises
exercise: $(if $(EX_FILE),$(call ex_bin,$(EX_FILE),bin))
	@$(EX_RUN) run $(EX_FILE) $<

EX_CH_STUBS := $(if $(strip $(CH)),$(EX_STUBS_$(strip $(CH))),$(EX_STUBS))
exercises: $(foreach f,$(EX_CH_STUBS),$(call ex_bin,$(f),bin))
	@$(EX_RUN) run $(foreach f,$(EX_CH_STUBS),$(f) $(call ex_bin,$(f),bin))

check-exercises: $(foreach f,$(EX_STUBS),$(call ex_bin,$(f),stub) \
                   $(call ex_bin,$(f),sol))
	@$(EX_RUN) check $(foreach f,$(EX_STUBS),$(call ex_id,$(f)) \
	    $(call ex_bin,$(f),stub) $(call ex_bin,$(f),sol))

CHAPTER_TARGETS += exercise exercises check-exercises
HELP_exercise = EX=07.2: check your answer to exercise 07.2 (the file the chapter names)
HELP_exercises = CH=07-sigmoid: every exercise of a chapter (without CH: all)
HELP_check-exercises = each check fails on its committed stub, passes on its solution
