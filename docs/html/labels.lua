--[[
labels.lua - what one page of the web edition names, for the others.

The PDF gets its numbers from LaTeX: Chapter 7, Section 7.2, Figure 7.1,
Table 7.3, equation (7.4). The web edition numbers the same things the same
way, here, in a pass over a page's Markdown before any page is written,
so that a page can refer to another's figures: every page's labels are
collected into one table that html.lua reads.

Metadata: page (the page's file stem, "07-sigmoid"), number (the chapter
number, or empty for an unnumbered page), labelsout (the TSV to write).
The TSV has the columns

  label  page  number  kind  level  title

kind is chapter, section, figure, table, equation or verdict (a
"**Verdict on S1: ...**" paragraph, which the ledger links back to).
Sections have their level (1 for the chapter) and their title, for the
contents page; the same counters as LaTeX's book class with secnumdepth 2.
]]

local page, number, out
local rows = {}
local counts = { figure = 0, table = 0, equation = 0 }
local sec = { 0, 0, 0 }

local function fail(msg) error("labels.lua: " .. msg, 0) end

local function add(label, num, kind, level, title)
  if label == nil or label == "" then return end
  if label:find("[\t\n]") then fail(page .. ": label with a tab: " .. label) end
  rows[#rows + 1] = table.concat({ label, page, num or "", kind,
    tostring(level or ""), ((title or ""):gsub("[\t\n]", " ")) }, "\t")
end

local function numbered(kind)
  counts[kind] = counts[kind] + 1
  return number ~= "" and (number .. "." .. counts[kind]) or
         tostring(counts[kind])
end

local function header(h)
  local title = pandoc.utils.stringify(h.content)
  if h.classes:includes("unnumbered") or number == "" then
    add(h.identifier, "", h.level == 1 and "chapter" or "section", h.level,
        title)
    return
  end
  if h.level == 1 then
    add(h.identifier, number, "chapter", 1, title)
    return
  end
  if h.level > 3 then return end
  sec[h.level] = sec[h.level] + 1
  for l = h.level + 1, 3 do sec[l] = 0 end
  local parts = { number }
  for l = 2, h.level do parts[#parts + 1] = tostring(sec[l]) end
  add(h.identifier, table.concat(parts, "."), "section", h.level, title)
end

-- A paragraph holding only an image is a figure; its id is the image's.
local function para(p)
  if #p.content == 1 and p.content[1].t == "Image" then
    local img = p.content[1]
    -- Every figure takes a number, as in LaTeX, labelled or not.
    add(img.identifier, numbered("figure"), "figure")
  end
end

-- Tables come from ```{.table #tbl:x caption=...} blocks (values.lua).
local function code_block(b)
  if b.classes:includes("table") and b.attributes["caption"] then
    add(b.identifier, numbered("table"), "table")
  end
end

-- A Markdown table with a caption; its label is a \label in the caption.
local function tbl(t)
  if #t.caption.long == 0 then return end
  local id
  pandoc.walk_block(pandoc.Div(t.caption.long), {
    RawInline = function(r) id = id or r.text:match("^\\label{([^}]+)}$") end,
  })
  add(id, numbered("table"), "table")
end

-- Numbered display equations: LaTeX's equation and align environments
-- (an align numbers each of its lines).
local function raw(b)
  if not b.format:match("tex") then return end
  for env, body in b.text:gmatch("\\begin{(%a+)}(.-)\\end{%1}") do
    if env == "equation" then
      local n = numbered("equation")
      add(body:match("\\label{([^}]+)}"), n, "equation")
    elseif env == "align" then
      -- one number per line, as LaTeX gives (no line says \notag)
      for line in (body .. "\\\\"):gmatch("(.-)\\\\") do
        if line:match("%S") then
          local n = numbered("equation")
          add(line:match("\\label{([^}]+)}"), n, "equation")
        end
      end
    end
  end
end

local function strong(s)
  local text = pandoc.utils.stringify(s)
  local id = text:match("^Verdict on ([%w]+):")
  if id then add("verdict-" .. id, id, "verdict") end
end

return {
  {
    Meta = function(m)
      page = pandoc.utils.stringify(m.page or "")
      number = pandoc.utils.stringify(m.number or "")
      -- "07" is Chapter 7, as in LaTeX's counter.
      if number ~= "" then number = tostring(math.tointeger(tonumber(number))) end
      out = pandoc.utils.stringify(m.labelsout or "")
      if out == "" then fail("metadata 'labelsout' is not set") end
    end,
  },
  {
    Header = header, Para = para, CodeBlock = code_block, Table = tbl,
    RawBlock = raw,
  },
  -- Inlines after blocks: an equation inside a paragraph is a RawInline.
  { Strong = strong, RawInline = raw },
  {
    Pandoc = function(doc)
      local f = assert(io.open(out, "w"))
      for _, r in ipairs(rows) do f:write(r, "\n") end
      f:close()
      return doc
    end,
  },
}
