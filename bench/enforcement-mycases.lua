-- wrk script of bench/enforcement-mycases.sh: the enforcer's "my cases" list of the app, one stage at a time
-- (six stages) and now and then over all stages, pages 1-3 of 20 rows.
local token = os.getenv("TOKEN")
assert(token and #token > 0, "TOKEN is not set")
local stages = { "INTAKE", "DISPATCH", "VERIFY", "FILE", "EVIDENCE", "MEASURES", "" }
local n = 0

function setup(thread)
  n = n + 1
  thread:set("seed", 2000 + n)
end

function init(args)
  math.randomseed(seed)
end

request = function()
  local stage = stages[math.random(1, #stages)]
  local path = string.format("/api/app/enforcement/cases/mine?pageNo=%d&pageSize=20%s", math.random(1, 3),
    stage == "" and "" or ("&stage=" .. stage))
  return wrk.format("GET", path, { ["X-Access-Token"] = token })
end
