-- wrk script: authenticated GET /api/sys/user/info; the token comes from the environment.
local token = os.getenv("TOKEN")
assert(token and #token > 0, "TOKEN is not set")
wrk.method = "GET"
wrk.path = "/api/sys/user/info"
wrk.headers["X-Access-Token"] = token
