-- wrk script: rotate through pre-generated requests, one per line of the file given after
-- `--`:  METHOD <TAB> PATH <TAB> ACCEPT <TAB> CONTENT-TYPE <TAB> BODY   (body on one line).
-- Each thread starts at a different offset; done() prints one JSON line prefixed BENCHJSON.

local reqs = {}
local counter = 0

local nthreads = 0

function setup(thread)  -- runs in the main Lua state, once per thread
  thread:set("tid", nthreads)
  nthreads = nthreads + 1
end

function init(args)
  for line in io.lines(args[1]) do
    local m, p, acc, ct, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    if m then
      local headers = {}
      if acc ~= "" then headers["Accept"] = acc end
      if ct ~= "" then headers["Content-Type"] = ct end
      if body == "" then body = nil end
      reqs[#reqs + 1] = wrk.format(m, p, headers, body)
    end
  end
  local seed = tonumber(args[2] or "0") or 0
  counter = (seed + (tonumber(tid) or 0) * 7919) % math.max(#reqs, 1)
end

function request()
  counter = counter + 1
  return reqs[(counter % #reqs) + 1]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCHJSON {"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean))
end
