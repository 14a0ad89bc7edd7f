# html.mk - the web edition: build/html/, from the sources, filters, data
# and figure scripts of the PDF (included by the Makefile).
#
#   make html         build/html/index.html and one page per chapter
#   make check-html   open every page in headless Chromium and check it
#
# Two passes. labels.lua reads each page's Markdown and writes what it
# numbers (sections, figures, tables, equations, verdicts); the labels of
# all pages are joined into one table, rewritten only when it changes. Then
# each page is written by pandoc with the book's filters plus html.lua,
# which numbers and links from that table. Touching one chapter's text
# rewrites its page, and every page only if a label changed.

HTML      := $(BUILD)/html
HTML_LAB  := $(BUILD)/html-labels
HTML_PAGES := preface $(DOC_CHAPTERS) ledger references
HTML_ORDER := index $(HTML_PAGES)
HTML_FILES := $(HTML_ORDER:%=$(HTML)/%.html) $(HTML)/course.css
HTML_FILTER := docs/html/html.lua
HTML_TEMPLATE := docs/html/page.html
SVGS := $(patsubst $(BUILD)/fig/%.pdf,$(HTML)/fig/%.svg,$(FIGURES))

# Where each page's Markdown is.
html_src = $(if $(filter preface ledger references,$(1)),docs/$(1).md,$(if $(filter index,$(1)),docs/html/index.md,chapters/$(1)/chapter.md))

# The figures: the same scripts, the SVG terminal (plots/style.gp).
define html_figures
$(HTML)/fig/$(1)/%.svg: plots/$(1)/%.gp plots/style.gp $(BUILD)/data/$(1)/.done
	@mkdir -p $$(@D)
	$$(GNUPLOT) -e "datadir='$(BUILD)/data/$(1)'" -e "outfile='$$@.tmp'" \
	    -e "fmt='svg'" plots/style.gp $$<
	@head -c 5 $$@.tmp | grep -q '<?xml' || { rm -f $$@.tmp; \
	  echo "$$<: drew no SVG: a figure sets its size with" \
	       "'eval figsize(H)', never with its own 'set terminal'" >&2; exit 1; }
	@mv $$@.tmp $$@
endef
$(foreach ch,$(CHAPTERS),$(eval $(call html_figures,$(ch))))

# Pass 1: the labels of one page.
$(HTML_LAB)/%.tsv: docs/html/labels.lua
	@mkdir -p $(@D)
	$(PANDOC) -f markdown -t native --lua-filter=docs/html/labels.lua \
	    -M page=$* -M number="$(if $(filter $*,$(DOC_CHAPTERS)),$(firstword $(subst -, ,$*)))" \
	    -M labelsout=$@.tmp $(call html_src,$*) -o /dev/null
	@mv $@.tmp $@
$(foreach p,$(HTML_ORDER),$(eval $(HTML_LAB)/$(p).tsv: $(call html_src,$(p))))

$(HTML_LAB)/all.tsv: $(HTML_ORDER:%=$(HTML_LAB)/%.tsv)
	@cat $^ > $@.tmp
	@cmp -s $@.tmp $@ && rm -f $@.tmp || mv $@.tmp $@

# Pass 2: a page. The flags are the PDF's, for HTML: MathML (no script, no
# network), the highlighting of the PDF's listings, our template.
HTML_FLAGS = $(subst -t latex,-t html5,$(PANDOC_FLAGS)) \
             --lua-filter=$(HTML_FILTER) --template=$(HTML_TEMPLATE) \
             --mathml --highlight-style=pygments --section-divs \
             -M labels=$(HTML_LAB)/all.tsv -M order="$(HTML_ORDER)" \
             -M parts=docs/parts.tsv
HTML_COMMON := $(FILTER_DEPS) $(HTML_FILTER) $(HTML_TEMPLATE) $(BIBS) \
               $(HTML_LAB)/all.tsv docs/parts.tsv

define html_chapter
$(HTML)/$(1).html: chapters/$(1)/chapter.md $(HTML_COMMON) \
        $(BUILD)/data/$(1)/.done $(filter $(HTML)/fig/$(1)/%,$(SVGS)) \
        $(foreach x,$(call xrefs,$(1)),$(BUILD)/data/$(x)/.done)
	@mkdir -p $$(@D) $(BUILD)/html-deps
	$$(PANDOC) $$(HTML_FLAGS) -M page=$(1) -M chapter=$(1) \
	    -M depfile=$(BUILD)/html-deps/$(1).d -M target=$$@ $$< -o $$@.tmp
	@mv $$@.tmp $$@
endef
$(foreach ch,$(DOC_CHAPTERS),$(eval $(call html_chapter,$(ch))))

$(HTML)/preface.html $(HTML)/index.html: $(HTML)/%.html: $(HTML_COMMON)
	@mkdir -p $(@D) $(BUILD)/html-deps
	$(PANDOC) $(HTML_FLAGS) -M page=$* -M chapter=$* -M depfile=$(BUILD)/html-deps/$*.d \
	    -M target=$@ $(call html_src,$*) -o $@.tmp
	@mv $@.tmp $@
$(HTML)/preface.html: docs/preface.md
$(HTML)/index.html: docs/html/index.md

$(HTML)/ledger.html: docs/ledger.md $(HTML_COMMON) $(RESULTS) \
        $(wildcard chapters/*/claims.tsv) $(DOC_CHAPTERS:%=$(BUILD)/data/%/.done)
	@mkdir -p $(@D) $(BUILD)/html-deps
	$(PANDOC) $(HTML_FLAGS) -M page=ledger -M chapter=ledger \
	    -M depfile=$(BUILD)/html-deps/ledger.d -M target=$@ -M results=$(RESULTS) \
	    -M chapters="$(DOC_CHAPTERS)" $< -o $@.tmp
	@mv $@.tmp $@

$(HTML)/references.html: docs/references.md $(HTML_COMMON)
	@mkdir -p $(@D)
	$(PANDOC) -f markdown -t html5 --citeproc --fail-if-warnings \
	    $(BIBS:%=--bibliography=%) --lua-filter=$(HTML_FILTER) \
	    --template=$(HTML_TEMPLATE) --mathml --section-divs \
	    -M page=references -M labels=$(HTML_LAB)/all.tsv \
	    -M order="$(HTML_ORDER)" -M parts=docs/parts.tsv $< -o $@.tmp
	@mv $@.tmp $@

$(HTML)/course.css: docs/html/course.css
	@mkdir -p $(@D)
	cp $< $@

# The tools are checked when make starts (the Makefile's tools_for).
.PHONY: html check-html
html: $(HTML_FILES) $(SVGS)
	@echo "web edition: $(HTML)/index.html"

# The browser check: Debian's Chromium, driven by playwright-core from the
# npm registry at the version the lock file names, installed under build/.
HTML_CHECK := $(BUILD)/html-check
$(HTML_CHECK)/node_modules/.package-lock.json: docs/html/check/package.json \
        docs/html/check/package-lock.json
	@mkdir -p $(HTML_CHECK)
	cp docs/html/check/package.json docs/html/check/package-lock.json $(HTML_CHECK)/
	cd $(HTML_CHECK) && npm ci --no-audit --no-fund --loglevel=error
$(HTML_CHECK)/check.mjs: docs/html/check/check.mjs
	@mkdir -p $(@D)
	cp $< $@

check-html: html $(HTML_CHECK)/node_modules/.package-lock.json \
        $(HTML_CHECK)/check.mjs
	node $(HTML_CHECK)/check.mjs $(HTML) $(BUILD)/html-shots
