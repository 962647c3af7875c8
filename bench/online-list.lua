-- wrk script of bench/online-list.sh: the list of a 1,000,000-row online form with two conditions
-- (vehicle_type eq + register_date range of about four weeks), a sort and a page, spread over
-- pseudo-random types, months and pages. The same request stream for both endpoints: BASE_PATH chooses
-- the generic API (/api/online/data/bench_vehicle) or the hand-written controller (/api/bench/vehicles).
local token = os.getenv("TOKEN")
local base = os.getenv("BASE_PATH")
assert(token and #token > 0, "TOKEN is not set")
assert(base and #base > 0, "BASE_PATH is not set")
local types = { "bus", "truck", "taxi", "van" }
local n = 0

function setup(thread)
  n = n + 1
  thread:set("seed", 1000 + n)
end

function init(args)
  math.randomseed(seed)
end

request = function()
  local year = 2016 + math.random(0, 9)
  local month = math.random(1, 12)
  local from = string.format("%04d-%02d-01", year, month)
  local to = string.format("%04d-%02d-28", year, month)
  local path = string.format("%s?pageNo=%d&pageSize=20&vehicle_type=%s&register_date_begin=%s&register_date_end=%s&sort=register_date&order=desc",
    base, math.random(1, 5), types[math.random(1, 4)], from, to)
  return wrk.format("GET", path, { ["X-Access-Token"] = token })
end
