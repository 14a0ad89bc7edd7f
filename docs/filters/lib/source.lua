--[[
source.lua - what the report's filters share for their errors: the file
and line of the text that caused one, and a stop without a traceback.

  local source = dofile(<this file>)
  source.add(path)           -- a further file to search (a claims.tsv)
  source.at(needle)          -- "chapters/07-sigmoid/chapter.md:42" or nil
  source.fail(where, msg)    -- print "WHERE: MSG" (or "MSG"), exit 1

pandoc's filters see the document, not its lines, so a complaint about a
block or a {{key}} finds its line by searching the input files (pandoc's
own, then those added) for the text that holds it: the first line that
contains the needle, a plain string. A stale reference anywhere in a
chapter therefore reads like a compiler's error, file:line: message.
]]

local source = {}
local files, cache = {}, {}

for _, path in ipairs(PANDOC_STATE.input_files or {}) do
  if path ~= "-" then files[#files + 1] = path end
end

function source.add(path)
  for _, f in ipairs(files) do if f == path then return end end
  files[#files + 1] = path
end

local function lines_of(path)
  if cache[path] == nil then
    local t = {}
    local f = io.open(path, "r")
    if f then
      for line in f:lines() do t[#t + 1] = line end
      f:close()
    end
    cache[path] = t
  end
  return cache[path]
end

-- The first "path:line" whose line holds every needle given.
function source.at(...)
  local needles = { ... }
  for _, path in ipairs(files) do
    for n, line in ipairs(lines_of(path)) do
      local all = true
      for _, needle in ipairs(needles) do
        if not line:find(needle, 1, true) then all = false; break end
      end
      if all then return path .. ":" .. n end
    end
  end
  return nil
end

-- A filter's error ends the run here: pandoc would add a Lua traceback
-- to an error() that says nothing more than the message.
function source.fail(where, msg)
  io.stderr:write((where and (where .. ": ") or "") .. msg .. "\n")
  os.exit(1)
end

return source
