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
]]

local verdicts = {
  holds = "holds",
  caveat = "holds, with a caveat",
  imprecise = "imprecise",
  fails = "does not hold",
}

local function fail(msg)
  error("ledger.lua: " .. msg, 0)
end

local function read_tsv(path)
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
    elseif line ~= "" then
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
    for _, row in ipairs(read_tsv(path)) do
      local id = row.id
      if seen[id] then
        fail(string.format("%s:%d: claim %s is already listed in %s",
          path, row._line, id, seen[id]))
      end
      seen[id] = path
      local verdict = verdicts[row.verdict]
      if not verdict then
        fail(string.format("%s:%d: verdict '%s' is not one of holds, " ..
          "caveat, imprecise, fails", path, row._line, tostring(row.verdict)))
      end
      local c = counts[id]
      if not c then
        fail(string.format("%s:%d: claim %s has no test", path, row._line, id))
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
