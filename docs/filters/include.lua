--[[
include.lua - replace a code block that names a source region by the
region's current text.

    ```{include="src/act.c" snippet="sigmoid-prime"}
    ```

A region is the lines between two marker comments in the source,
`//> NAME` and `//< NAME` (`#>` and `#<` in gnuplot and shell files).
Regions may nest; marker lines never appear in the listing. Without
`snippet`, the whole file is shown. The listing is dedented, highlighted
by the file's language and headed by its path and line numbers.

Anything stale stops the build with the file and line, without a Lua
traceback: a missing file or an unknown region with the line of the text
that cites it (chapters/07-sigmoid/chapter.md:42: no region 'x' in
src/act.c); a region defined twice, an end marker that closes another
region, a region never closed with the line of the source, and the text's.

With metadata `depfile`, the files read are written there as make
dependencies of metadata `target`.

An exercise's stub (chapters/NN-slug/exercises/NN.K-name.c) is the file
a student edits, so the text shows it as committed: with metadata
`builddir`, the listing is read from BUILDDIR/ex/pristine/PATH, the copy
docs/exercises.mk makes from git's HEAD, and headed by PATH as usual.
]]

local here = PANDOC_SCRIPT_FILE:match("^(.*)/") or "."
local deps = dofile(here .. "/lib/deps.lua")("include")
local source = dofile(here .. "/lib/source.lua")

local languages = { c = "c", h = "c", gp = "gnuplot", sh = "bash",
                    lua = "lua", mk = "makefile" }

-- The line of the text that cites `path` (and region `name`).
local function citing(path, name)
  return name and (source.at('snippet="' .. name .. '"', path)
                   or source.at(path, name))
         or source.at('include="' .. path .. '"') or source.at(path)
end

local function fail(where, msg)
  source.fail(where or "include.lua", msg)
end

local builddir

-- Where a cited file is read: an exercise's stub from its pristine copy.
local function location(path)
  if builddir and path:match("^chapters/[^/]+/exercises/[^/]+%.c$")
     and not path:match("%.check%.c$") then
    return builddir .. "/ex/pristine/" .. path
  end
  return path
end

local function read_lines(path, name)
  local at = location(path)
  local f = io.open(at, "r")
  if not f then
    fail(citing(path, name), "no such file: " .. path ..
      (at ~= path and (" (its committed copy " .. at .. " is made by " ..
                       "docs/exercises.mk)") or ""))
  end
  local lines = {}
  for line in f:lines() do lines[#lines + 1] = line end
  f:close()
  deps.add(at)
  return lines
end

-- All regions of a file: name -> { first = n, last = n, lines = {...} }.
local function regions(path, lines, cited)
  local found, stack = {}, {}
  local function bad(n, msg)
    fail(path .. ":" .. n, msg .. (cited and (" (cited at " .. cited .. ")")
                                    or ""))
  end
  for n, line in ipairs(lines) do
    local kind, name = line:match("^%s*[/#-][/#-]?([<>])%s*([%w_%-%.]+)%s*$")
    if kind == ">" then
      if found[name] then
        bad(n, string.format("region '%s' already opened at line %d",
          name, found[name].marker))
      end
      found[name] = { marker = n, first = n + 1, lines = {} }
      stack[#stack + 1] = name
    elseif kind == "<" then
      local top = stack[#stack]
      if top == nil then
        bad(n, string.format("end of region '%s', which is not open", name))
      elseif top ~= name then
        bad(n, string.format("end of region '%s' while '%s' is open",
          name, top))
      end
      found[name].last = n - 1
      stack[#stack] = nil
    else
      for _, open in ipairs(stack) do
        table.insert(found[open].lines, line)
      end
    end
  end
  if #stack > 0 then
    bad(found[stack[#stack]].marker,
      string.format("region '%s' is never closed", stack[#stack]))
  end
  return found
end

-- Remove the indentation every non-blank line shares.
local function dedent(lines)
  local common
  for _, line in ipairs(lines) do
    if line:match("%S") then
      local indent = #line:match("^ *")
      if common == nil or indent < common then common = indent end
    end
  end
  local out = {}
  for i, line in ipairs(lines) do out[i] = line:sub((common or 0) + 1) end
  return out
end

local function source_line(path, first, last)
  local where = first and string.format("%s, lines %d to %d", path, first, last)
                or path
  if FORMAT:match("latex") then
    local escaped = where:gsub("[_%%#&$]", "\\%0")
    return pandoc.RawBlock("latex", "\\codesource{" .. escaped .. "}")
  end
  if FORMAT:match("html") then
    return pandoc.Div({ pandoc.Plain({ pandoc.Str(where) }) },
      pandoc.Attr("", { "codesource" }))
  end
  return pandoc.Para({ pandoc.Emph({ pandoc.Str(where) }) })
end

function CodeBlock(block)
  local path = block.attributes["include"]
  if path == nil then return nil end
  local name = block.attributes["snippet"]
  local lines = read_lines(path, name)
  local text, first, last
  if name then
    local region = regions(path, lines, citing(path, name))[name]
    if region == nil then
      fail(citing(path, name), "no region '" .. name .. "' in " .. path)
    end
    text, first, last = region.lines, region.first, region.last
  else
    regions(path, lines, citing(path)) -- still validates the markers
    text = {}
    for _, line in ipairs(lines) do
      if not line:match("^%s*[/#-][/#-]?[<>]%s*[%w_%-%.]+%s*$") then
        text[#text + 1] = line
      end
    end
  end
  local ext = path:match("%.(%w+)$")
  local classes = { languages[ext] }
  return {
    source_line(path, first, last),
    pandoc.CodeBlock(table.concat(dedent(text), "\n"),
      pandoc.Attr("", classes, {})),
  }
end

local function meta(m)
  builddir = m.builddir and pandoc.utils.stringify(m.builddir)
  deps.meta(m)
end

return {
  { Meta = meta },
  { CodeBlock = CodeBlock },
  { Pandoc = function(doc) deps.write(); return doc end },
}
