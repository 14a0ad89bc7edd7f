--[[
ledger.lua - the claims ledger, built from the chapters and the test run.

A code block with class `ledger` becomes one table row per claim of the
chapters named in metadata `chapters`, in order. Each chapter lists its
claims in chapters/NN-slug/claims.tsv (metadata `chaptersdir` replaces
"chapters", for the filter's own tests) with the columns

  id  claim  verdict  note  evidence

where verdict is one of: holds, caveat (holds with a caveat), imprecise,
fails (does not hold). The column "tests" comes from the test run of this
build (metadata `results`, the TSV the test runner writes): how many of
the claim's tests passed. If any failed, the verdict is replaced by
"NOT VERIFIED": a claim whose test fails is never shown as holding. A claim
with no test at all stops the build.

Each of these stops the build with the claims.tsv file and line: columns
not separated by tabs (a header other than the five names, or a row with
another number of cells), a claim without an ID, an ID already used by
any chapter of the book, an unknown verdict, and a value written without
its chapter ({{key}} where the ledger needs {{07-sigmoid:key}}: the
ledger is no chapter, and has no values of its own).
]]

local verdicts = {
  holds = "holds",
  caveat = "holds, with a caveat",
  imprecise = "imprecise",
  fails = "does not hold",
}

local here = PANDOC_SCRIPT_FILE:match("^(.*)/") or "."
local source = dofile(here .. "/lib/source.lua")

-- Stop without a traceback; `where` is "path:line" when there is one.
local function fail(msg, where)
  source.fail(where or "ledger.lua", msg)
end

local COLUMNS = { "id", "claim", "verdict", "note", "evidence" }

-- A TSV file's rows as tables keyed by the header's names. With
-- `columns`, the header must be exactly those names and every row must
-- have as many cells: a file whose columns are separated by spaces says
-- so, with its line.
local function read_tsv(path, columns)
  local f = io.open(path, "r")
  if not f then fail(path .. ": no such file") end
  local rows, header = {}, nil
  local n = 0
  for line in f:lines() do
    n = n + 1
    local cells = {}
    for cell in (line .. "\t"):gmatch("([^\t]*)\t") do
      cells[#cells + 1] = cell
    end
    if not header then
      header = cells
      if columns and table.concat(header, "\t") ~= table.concat(columns, "\t")
      then
        fail(string.format("the header must be the %d tab-separated " ..
          "columns '%s'; it has %d: '%s'%s", #columns,
          table.concat(columns, " "), #header, table.concat(header, "' '"),
          line:find("\t") and "" or " (spaces instead of tabs?)"),
          path .. ":" .. n)
      end
    elseif line ~= "" then
      if columns and #cells ~= #header then
        fail(string.format("%d cell%s where the header has %d (%s); " ..
          "cells are separated by one tab each%s", #cells,
          #cells == 1 and "" or "s", #header,
          table.concat(header, " "),
          line:find("   ") and ", not spaces" or ""), path .. ":" .. n)
      end
      local row = { _line = n }
      for i, name in ipairs(header) do row[name] = cells[i] end
      rows[#rows + 1] = row
    end
  end
  f:close()
  return rows
end

-- claim id -> { passed = n, failed = n }
local function tally(results)
  local t = {}
  for _, r in ipairs(read_tsv(results)) do
    for id in (r.claim or ""):gmatch("[^,%s]+") do
      t[id] = t[id] or { passed = 0, failed = 0 }
      if r.status == "pass" then
        t[id].passed = t[id].passed + 1
      else
        t[id].failed = t[id].failed + 1
      end
    end
  end
  return t
end

local function ledger(chapters, results, dir)
  local counts = tally(results)
  local md = {
    "| ID | Claim | Verdict | Evidence | Tests |",
    -- The dashes set the relative column widths (pipe tables).
    "|:-----|:------------------------|:--------------------------" ..
      "----|:-----------|:-------|",
  }
  local seen = {}
  for ch in chapters:gmatch("%S+") do
    local path = dir .. "/" .. ch .. "/claims.tsv"
    for _, row in ipairs(read_tsv(path, COLUMNS)) do
      local id = row.id
      local where = path .. ":" .. row._line
      if not id:match("^[%w%-]+$") then
        fail(string.format("claim ID '%s' is empty or not letters and " ..
          "digits", id), where)
      end
      if seen[id] then
        fail(string.format("claim %s is already listed at %s; claim IDs " ..
          "are unique in the whole book", id, seen[id]), where)
      end
      seen[id] = where
      for _, name in ipairs(COLUMNS) do
        for ref in row[name]:gmatch("{{([^}]*)}}") do
          if not ref:find(":", 1, true) then
            fail(string.format("{{%s}} needs its chapter in the ledger: " ..
              "write {{%s:%s}}", ref, ch, ref), where)
          end
        end
      end
      local verdict = verdicts[row.verdict]
      if not verdict then
        fail(string.format("verdict '%s' is not one of holds, " ..
          "caveat, imprecise, fails", tostring(row.verdict)), where)
      end
      local c = counts[id]
      if not c then
        fail(string.format("claim %s has no test", id), where)
      end
      local tests
      if c.failed > 0 then
        verdict = "**NOT VERIFIED**"
        tests = string.format("**%d of %d fail**", c.failed, c.passed + c.failed)
      else
        verdict = "**" .. verdict .. "**"
        tests = string.format("%d pass", c.passed)
      end
      local note = row.note ~= "" and (": " .. row.note) or ""
      md[#md + 1] = string.format("| %s | %s | %s%s | %s | %s |", id,
        row.claim, verdict, note, row.evidence or "", tests)
    end
  end
  return pandoc.read(table.concat(md, "\n"), "markdown").blocks
end

local chapters, results, dir

return {
  {
    Meta = function(m)
      chapters = m.chapters and pandoc.utils.stringify(m.chapters) or ""
      results = m.results and pandoc.utils.stringify(m.results)
      dir = m.chaptersdir and pandoc.utils.stringify(m.chaptersdir)
            or "chapters"
    end,
  },
  {
    CodeBlock = function(block)
      if not block.classes:includes("ledger") then return nil end
      if not results then fail("metadata 'results' is not set") end
      return ledger(chapters, results, dir)
    end,
  },
}
