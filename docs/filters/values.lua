--[[
values.lua - fill the text with what the chapter programs computed.

  {{key}}            the value `key` from the chapter's values.tsv
  {{07-sigmoid:key}} the same from another chapter's values.tsv
  ![Caption](name.pdf)
                     the chapter's figure build/fig/CHAPTER/name.pdf
  ```{.table file="sprime.tsv" columns="z,prime" header="$z$|$s'(z)$"
     format="%.3g" caption="..."}
  ```                a table made from a TSV file of the chapter's data
  ```{.output file="summary.txt"}
  ```                a file of the chapter's data shown verbatim (the
                     summary the program printed)

Values are looked up in BUILD/data/CHAPTER/, where BUILD is metadata
`builddir` and CHAPTER is metadata `chapter`. A number written in
e-notation (4.5e-05) is typeset as 4.5 x 10^-5. An unknown key, a missing
file or figure stops the build: the text can never show a number the
programs did not just compute. The error names the line of the text that
asks for it (chapters/07-sigmoid/chapter.md:42: ...), or the line of a
claims.tsv when the ledger's values are filled (metadata `chapters`, and
`chaptersdir` as for ledger.lua).

With metadata `depfile`, the files read are written there as make
dependencies of metadata `target`.
]]

local here = PANDOC_SCRIPT_FILE:match("^(.*)/") or "."
local deps = dofile(here .. "/lib/deps.lua")("values")
local source = dofile(here .. "/lib/source.lua")
local builddir, chapter
local values = {} -- chapter -> { key -> text }

-- Stop, naming the first line of the text that holds `needle`.
local function fail(msg, needle)
  source.fail(needle and source.at(needle) or "values.lua", msg)
end

local function data_path(ch, name)
  return builddir .. "/data/" .. ch .. "/" .. name
end

local function read_tsv(path, needle)
  local f = io.open(path, "r")
  if not f then
    fail(path .. ": no such file (did its program run?)", needle)
  end
  deps.add(path)
  local rows = {}
  for line in f:lines() do
    local row = {}
    for cell in (line .. "\t"):gmatch("([^\t]*)\t") do row[#row + 1] = cell end
    rows[#rows + 1] = row
  end
  f:close()
  return rows
end

local function lookup(ref)
  local ch, key = ref:match("^([%w%-]+):([%w_]+)$")
  if not ch then ch, key = chapter, ref end
  local needle = "{{" .. ref .. "}}"
  if not values[ch] then
    values[ch] = {}
    local rows = read_tsv(data_path(ch, "values.tsv"), needle)
    for i = 2, #rows do values[ch][rows[i][1]] = rows[i][2] end
  end
  local v = values[ch][key]
  if v == nil then
    fail(string.format("unknown value '{{%s}}' (no key '%s' in %s)",
      ref, key, data_path(ch, "values.tsv")), needle)
  end
  return v
end

-- 4.5e-05 -> 4.5\times 10^{-5}; other text unchanged. Returns the LaTeX
-- math form and whether the text was a number needing math.
local function as_math(text)
  local mant, exp = text:match("^([%-]?[%d%.]+)[eE]([%+%-]?%d+)$")
  if mant then
    local e = tonumber(exp)
    if mant == "1" then return "10^{" .. e .. "}", true end
    return mant .. "\\times 10^{" .. e .. "}", true
  end
  if text:match("^%-[%d%.]+$") then return text, true end
  return text, false
end

local function fill_math(text)
  return (text:gsub("{{([%w_%-:]+)}}", function(ref)
    return (as_math(lookup(ref)))
  end))
end

-- A Str may hold a placeholder with punctuation around it: "({{k}}),".
local function fill_str(el)
  local s = el.text
  if not s:find("{{", 1, true) then return nil end
  local out, pos = {}, 1
  while true do
    local a, b, ref = s:find("{{([%w_%-:]+)}}", pos)
    if not a then break end
    if a > pos then out[#out + 1] = pandoc.Str(s:sub(pos, a - 1)) end
    local math, is_num = as_math(lookup(ref))
    if is_num then
      out[#out + 1] = pandoc.Math("InlineMath", math)
    else
      out[#out + 1] = pandoc.Str(math)
    end
    pos = b + 1
  end
  if pos <= #s then out[#out + 1] = pandoc.Str(s:sub(pos)) end
  return out
end

local function split(s, sep)
  local out = {}
  for part in (s .. sep):gmatch("(.-)" .. sep:gsub("%p", "%%%0")) do
    out[#out + 1] = part
  end
  return out
end

local function format_cell(cell, fmt)
  local x = tonumber(cell)
  if fmt and x then cell = string.format(fmt, x) end
  local math, is_num = as_math(cell)
  if is_num then return "$" .. math .. "$" end
  return cell
end

-- The characters of source (cells plus separators) that fit a line of
-- text at the size tables are set in; wider tables wrap their cells.
local TABLE_FIT_CHARS = 90

local function table_block(block)
  local file = block.attributes["file"]
  if not file then fail("a .table block needs file=\"NAME.tsv\"", ".table") end
  local needle = 'file="' .. file .. '"'
  local path = data_path(chapter, file)
  local rows = read_tsv(path, needle)
  local header = rows[1]
  local index = {}
  for i, name in ipairs(header) do index[name] = i end
  local cols = {}
  if block.attributes["columns"] then
    for _, name in ipairs(split(block.attributes["columns"], ",")) do
      if not index[name] then
        fail(path .. ": no column '" .. name .. "'", needle)
      end
      cols[#cols + 1] = index[name]
    end
  else
    for i = 1, #header do cols[i] = i end
  end
  local shown = {}
  if block.attributes["header"] then
    shown = split(block.attributes["header"], "|")
    if #shown ~= #cols then
      fail(path .. ": header= names " .. #shown .. " columns, not " .. #cols,
           needle)
    end
  else
    for i, c in ipairs(cols) do shown[i] = header[c]:gsub("_", "\\_") end
  end
  local fmt = block.attributes["format"]
  local body, widest, word = {}, {}, {}
  -- widest: the longest entry of each column; word: its longest word,
  -- which a wrapped cell cannot split.
  local function longest_word(text)
    local n = 0
    for w in text:gmatch("%S+") do n = math.max(n, #w) end
    return n
  end
  for i = 1, #cols do
    widest[i] = #shown[i]
    word[i] = longest_word(shown[i])
  end
  for r = 2, #rows do
    local cells = {}
    for i, c in ipairs(cols) do
      if rows[r][c] == nil then
        fail(path .. ":" .. r .. ": the row is short", needle)
      end
      cells[i] = format_cell(rows[r][c], fmt)
      widest[i] = math.max(widest[i], #cells[i])
      word[i] = math.max(word[i], longest_word(cells[i]))
    end
    body[#body + 1] = "| " .. table.concat(cells, " | ") .. " |"
  end
  -- A table that fits the line keeps its natural column widths. A wider
  -- one (long headers) gets the full width, shared in proportion to each
  -- column's entries but never narrower than its longest word, and its
  -- cells wrap: pandoc reads the widths from the dashes of the rule.
  local total = 0
  for i = 1, #cols do total = total + widest[i] + 3 end
  local wide = total > TABLE_FIT_CHARS
  local rule = {}
  for i = 1, #cols do
    local share = math.max(3, word[i] + 2, math.ceil(widest[i] / 2))
    rule[i] = string.rep("-", wide and share or 3) .. ":"
  end
  local md = { "| " .. table.concat(shown, " | ") .. " |",
               "|" .. table.concat(rule, "|") .. "|" }
  for _, line in ipairs(body) do md[#md + 1] = line end
  if block.attributes["caption"] then
    -- pandoc's tables take no identifier from Markdown; a label in the
    -- caption gives LaTeX's \ref a target.
    local id = block.identifier ~= "" and (" \\label{" .. block.identifier
               .. "}") or ""
    md[#md + 1] = ""
    md[#md + 1] = ": " .. block.attributes["caption"] .. id
  end
  -- A narrow table is read with a wide line, so that pandoc keeps it
  -- "short" and sizes its columns to their contents.
  local doc = pandoc.read(table.concat(md, "\n"), "markdown",
                          { columns = wide and 1 or 10000 })
  return doc.blocks
end

local function output_block(block)
  local file = block.attributes["file"]
  local path = data_path(chapter, file or "summary.txt")
  local f = io.open(path, "r")
  if not f then
    fail(path .. ": no such file (did its program run?)",
         file and ('file="' .. file .. '"') or ".output")
  end
  deps.add(path)
  local text = f:read("a"):gsub("\n+$", "")
  f:close()
  -- No class: a plain verbatim block, not highlighted as code.
  return pandoc.CodeBlock(text)
end

local function image(img)
  if img.src:match("^/") or img.src:match("/") then return nil end
  -- The PDF's figure is build/fig/CH/name.pdf; the web edition draws the
  -- same script as SVG, next to its pages, and links it relatively.
  local html = FORMAT:match("html")
  local name = html and img.src:gsub("%.pdf$", ".svg") or img.src
  local dir = html and "fig/" .. chapter or builddir .. "/fig/" .. chapter
  local path = (html and builddir .. "/html/" or "") .. dir .. "/" .. name
  local f = io.open(path, "r")
  if not f then
    fail(path .. ": no such figure (is there a plots/" .. chapter .. "/" ..
         img.src:gsub("%.pdf$", ".gp") .. "?)", "(" .. img.src .. ")")
  end
  f:close()
  deps.add(path)
  img.src = dir .. "/" .. name
  return img
end

local function meta(m)
  builddir = m.builddir and pandoc.utils.stringify(m.builddir) or "build"
  chapter = m.chapter and pandoc.utils.stringify(m.chapter) or ""
  -- The ledger's values come from the chapters' claims.tsv.
  local dir = m.chaptersdir and pandoc.utils.stringify(m.chaptersdir)
              or "chapters"
  if m.chapters then
    for ch in pandoc.utils.stringify(m.chapters):gmatch("%S+") do
      source.add(dir .. "/" .. ch .. "/claims.tsv")
    end
  end
  deps.meta(m)
end

local function code_block(block)
  if block.classes:includes("table") then return table_block(block) end
  if block.classes:includes("output") and block.text == "" then
    return output_block(block)
  end
  return nil
end

return {
  { Meta = meta },
  { CodeBlock = code_block },
  {
    Str = fill_str,
    Math = function(el) el.text = fill_math(el.text); return el end,
    RawInline = function(el) el.text = fill_math(el.text); return el end,
    RawBlock = function(el) el.text = fill_math(el.text); return el end,
    Image = image,
  },
  { Pandoc = function(doc) deps.write(); return doc end },
}
