--[[
deps.lua - what the report's filters share: recording the files a chapter
reads, and writing them as make dependencies.

  local deps = dofile(<this file>)("values")
  deps.add(path)          -- note a file the text depends on
  deps.meta(meta)         -- read metadata `target` and `depfile`
  deps.write()            -- write DEPFILE.values.d: "target: files"

Each file is also written as a target with no recipe, so a file that
disappears later does not stop make (as gcc's -MP does).
]]

return function(suffix)
  local files, seen = {}, {}
  local target, depfile
  local self = {}

  function self.add(path)
    if not seen[path] then
      seen[path] = true
      files[#files + 1] = path
    end
  end

  function self.meta(m)
    target = m.target and pandoc.utils.stringify(m.target)
    depfile = m.depfile and pandoc.utils.stringify(m.depfile)
  end

  function self.write()
    if depfile and target then
      local f = assert(io.open(depfile .. "." .. suffix .. ".d", "w"))
      f:write(target .. ": " .. table.concat(files, " ") .. "\n")
      for _, d in ipairs(files) do f:write(d .. ":\n") end
      f:close()
    end
  end

  return self
end
