--[[
html.lua - the last filter of the web edition: what LaTeX does for the PDF.

It runs after the book's own filters (include, ledger, values), on one page,
and reads the labels of every page (labels.lua wrote them, metadata
`labels`) so that it can number and link as LaTeX does:

- chapter and section headings get their numbers ("7.2 The derivative");
- figures, tables and display equations get theirs, and an anchor;
- \ref{x} and \eqref{x} become links to the page that holds x;
- citations link to the references page;
- "**Verdict on S1: ...**" links to the claim's row of the ledger, and on
  the ledger page each row's ID links back to that verdict;
- a ```{.contents} block (the index page) becomes the table of contents;
- the page's title and its previous and next pages go to the template.

Any other raw LaTeX stops the build with the page's name: the web edition
must not silently drop what the PDF shows.

Metadata: page (this page's stem), labels (the TSV of all labels), order
(every page's stem in reading order), parts (docs/parts.tsv).
]]

local page, order, parts_path
local labels = {}     -- label -> { page, number, kind, level, title }
local pages = {}      -- stem -> { title, number }
local in_order = {}   -- stems in order

local function fail(msg) error("html.lua: " .. page .. ": " .. msg, 0) end

local function read_labels(path)
  local f = io.open(path, "r")
  if not f then error("html.lua: " .. path .. ": no such file", 0) end
  for line in f:lines() do
    local c = {}
    for cell in (line .. "\t"):gmatch("([^\t]*)\t") do c[#c + 1] = cell end
    local l = { page = c[2], number = c[3], kind = c[4],
                level = tonumber(c[5]), title = c[6] }
    labels[c[1]] = l
    if l.kind == "chapter" and l.level == 1 and not pages[l.page] then
      pages[l.page] = { title = l.title, number = l.number, id = c[1],
                        sections = {} }
    elseif l.kind == "section" and l.level == 2 and pages[l.page] then
      -- in file order, for the contents page
      table.insert(pages[l.page].sections,
        { id = c[1], number = l.number, title = l.title })
    end
  end
  f:close()
end

local function href(l, id)
  if l.page == page then return "#" .. id end
  return l.page .. ".html#" .. id
end

local function lookup(id)
  local l = labels[id]
  if not l then fail("no figure, table, equation or section '" .. id .. "'") end
  return l
end

-- ------------------------------------------------------------- headings

local function header(h)
  local l = labels[h.identifier]
  if l and l.page == page and l.number ~= "" then
    local text = l.kind == "chapter" and ("Chapter " .. l.number) or l.number
    table.insert(h.content, 1, pandoc.Space())
    table.insert(h.content, 1, pandoc.Span({ pandoc.Str(text) },
      pandoc.Attr("", { "secno" })))
  end
  return h
end

-- ------------------------------------------------- figures and tables

local function caption_prefix(word, number)
  return { pandoc.Strong({ pandoc.Str(word .. "\u{a0}" .. number .. ":") }),
           pandoc.Space() }
end

local function figure(p)
  if #p.content ~= 1 or p.content[1].t ~= "Image" then return nil end
  local img = p.content[1]
  if img.identifier == "" then return nil end
  local l = lookup(img.identifier)
  local cap = caption_prefix("Figure", l.number)
  for _, x in ipairs(img.caption) do cap[#cap + 1] = x end
  img.caption = cap
  return p
end

-- values.lua puts \label{tbl:x} into a table's caption for LaTeX; here it
-- becomes the id of a block around the table.
local function tbl(t)
  local id
  local long = t.caption.long
  if #long == 0 then return nil end
  long = pandoc.walk_block(pandoc.Div(long), {
    RawInline = function(r)
      local m = r.text:match("^\\label{([^}]+)}$")
      if m then id = m; return {} end
    end,
  }).content
  if not id then return nil end
  local l = lookup(id)
  local first = long[1]
  local prefix = caption_prefix("Table", l.number)
  for i = #prefix, 1, -1 do table.insert(first.content, 1, prefix[i]) end
  t.caption.long = long
  return pandoc.Div({ t }, pandoc.Attr(id, { "table" }))
end

-- ----------------------------------------------------------- raw LaTeX

-- MathML comes from pandoc's texmath, which lacks \Bigl and \Bigr; \Big
-- draws the same size.
local function mathfix(tex)
  return (tex:gsub("\\Big[lr]%f[^%a]", "\\Big"))
end

local equation

-- An align: one numbered equation per line, as LaTeX numbers them.
local function align(body)
  local out = {}
  for line in (body .. "\\\\"):gmatch("(.-)\\\\") do
    if line:match("%S") then
      if #out > 0 then out[#out + 1] = pandoc.LineBreak() end
      out[#out + 1] = equation((line:gsub("&", "")), "equation")
    end
  end
  return pandoc.Span(out, pandoc.Attr("", { "align" }))
end

equation = function(body, env)
  if env == "align" then return align(body) end
  local id = body:match("\\label{([^}]+)}")
  local tex = body:gsub("\\label{[^}]+}", ""):gsub("^%s+", ""):gsub("%s+$", "")
  local inl = { pandoc.Math("DisplayMath", mathfix(tex)) }
  if env ~= "equation*" then
    local number = id and lookup(id).number or nil
    if not number then fail("an equation without \\label: " .. tex:sub(1, 40)) end
    inl[#inl + 1] = pandoc.Span({ pandoc.Str("(" .. number .. ")") },
      pandoc.Attr("", { "eqno" }))
  end
  return pandoc.Span(inl, pandoc.Attr(id or "", { "equation" }))
end

local function raw_inline(r)
  if not r.format:match("tex") then return nil end
  local t = r.text
  if t:match("^\\label{[^}]+}$") then return nil end -- a table's; see tbl()
  local kind, id = t:match("^\\(e?q?ref){([^}]+)}$")
  if kind then
    local l = lookup(id)
    local text = kind == "eqref" and ("(" .. l.number .. ")") or l.number
    return pandoc.Link({ pandoc.Str(text) }, href(l, id))
  end
  local env, body = t:match("^\\begin{(%a+%*?)}(.*)\\end{%a+%*?}$")
  if env == "equation" or env == "equation*" or env == "align" then
    return equation(body, env)
  end
  if t:match("^\\markboth") then return {} end
  fail("raw LaTeX the web edition cannot show: " .. t:sub(1, 60))
end

local function raw_block(r)
  if not r.format:match("tex") then return nil end
  local t = r.text
  local env, body = t:match("^\\begin{(%a+%*?)}(.*)\\end{%a+%*?}%s*$")
  if env == "equation" or env == "equation*" or env == "align" then
    return pandoc.Para({ equation(body, env) })
  end
  if t:match("^\\markboth") then return {} end
  fail("raw LaTeX the web edition cannot show: " .. t:sub(1, 60))
end

-- ------------------------------------------- citations and verdicts

local function link(l)
  if l.target:match("^#ref%-") and page ~= "references" then
    l.target = "references.html" .. l.target
  end
  return l
end

local function strong(s)
  local text = pandoc.utils.stringify(s)
  local id = text:match("^Verdict on ([%w]+):")
  if not id or page == "ledger" then return nil end
  return pandoc.Span({ pandoc.Link({ s }, "ledger.html#claim-" .. id,
    "this claim's row in the ledger") }, pandoc.Attr("verdict-" .. id))
end

-- On the ledger page: the first cell of each row is a claim's ID.
local function ledger_table(t)
  for _, body in ipairs(t.bodies) do
    for _, row in ipairs(body.body) do
      local cell = row.cells[1]
      local id = pandoc.utils.stringify(cell.contents)
      local l = labels["verdict-" .. id]
      if not l then fail("claim " .. id .. " has no verdict in its chapter") end
      cell.contents = { pandoc.Plain({ pandoc.Span({
        pandoc.Link({ pandoc.Str(id) }, href(l, "verdict-" .. id),
          "the verdict in its chapter") }, pandoc.Attr("claim-" .. id)) }) }
    end
  end
  return pandoc.Div({ t }, pandoc.Attr("", { "table", "ledger" }))
end

-- ------------------------------------------------------------ contents

local function read_parts()
  local parts = {}
  local f = io.open(parts_path, "r")
  if not f then fail(parts_path .. ": no such file") end
  local first = true
  for line in f:lines() do
    if not first then
      local n, title = line:match("^(%d+)\t(.*)$")
      if n then parts[#parts + 1] = { from = tonumber(n), title = title } end
    end
    first = false
  end
  f:close()
  return parts
end

local function contents()
  local parts = read_parts()
  local blocks, current = {}, nil
  local items = nil
  local function flush()
    if items and #items > 0 then blocks[#blocks + 1] = pandoc.BulletList(items) end
    items = {}
  end
  items = {}
  for _, stem in ipairs(in_order) do
    local p = pages[stem]
    if p and stem ~= "index" then
      local num = tonumber(p.number)
      local part
      for _, pt in ipairs(parts) do
        if num and num >= pt.from then part = pt.title end
      end
      if part and part ~= current then
        flush()
        blocks[#blocks + 1] = pandoc.Header(2, { pandoc.Str(part) },
          pandoc.Attr("", { "part" }))
        current = part
      elseif not part and current then
        flush()
        current = nil
      end
      local label = num and (p.number .. "\u{a0}" .. p.title) or p.title
      local entry = { pandoc.Plain({ pandoc.Link({ pandoc.Str(label) },
        stem .. ".html") }) }
      local subs = {}
      -- the page's sections, in file order (labels.tsv keeps it)
      for _, s in ipairs(pages[stem].sections) do
        subs[#subs + 1] = { pandoc.Plain({ pandoc.Link({
          pandoc.Str((s.number ~= "" and (s.number .. "\u{a0}") or "") ..
            s.title) }, stem .. ".html#" .. s.id) }) }
      end
      if #subs > 0 then entry[#entry + 1] = pandoc.BulletList(subs) end
      items[#items + 1] = entry
    end
  end
  flush()
  return pandoc.Div(blocks, pandoc.Attr("contents", { "contents" }))
end

-- ------------------------------------------------------------ the page

local function meta(m)
  page = pandoc.utils.stringify(m.page or "")
  order = pandoc.utils.stringify(m.order or "")
  parts_path = pandoc.utils.stringify(m.parts or "docs/parts.tsv")
  local path = pandoc.utils.stringify(m.labels or "")
  read_labels(path)
  for stem in order:gmatch("%S+") do in_order[#in_order + 1] = stem end
  local me = pages[page]
  if me then
    m.pagetitle = (me.number ~= "" and ("Chapter " .. me.number .. ": ") or "")
                  .. me.title
  end
  for i, stem in ipairs(in_order) do
    if stem == page then
      local prev, next = in_order[i - 1], in_order[i + 1]
      if prev then
        m.prev_href = prev .. ".html"
        m.prev_title = pages[prev] and pages[prev].title or "Contents"
      end
      if next then
        m.next_href = next .. ".html"
        m.next_title = pages[next] and pages[next].title or next
      end
    end
  end
  return m
end

return {
  { Meta = meta },
  {
    Header = header, Para = figure, Table = tbl,
    RawInline = raw_inline, RawBlock = raw_block, Link = link,
    Math = function(m) m.text = mathfix(m.text); return m end,
    CodeBlock = function(b)
      if b.classes:includes("contents") then return contents() end
    end,
  },
  { Strong = strong },
  { Table = function(t) if page == "ledger" then return ledger_table(t) end end },
}
