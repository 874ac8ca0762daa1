-- wrk script for the benchmarks (scripts/lib/load.ts). Its arguments, each optional:
--   1. a file of paths: each request takes the next one in turn ("-": the URL's path);
--   2. the request method;
--   3. a file holding the request body.
-- At the end it prints one JSON line of results for the caller to read.
local paths = {}
local next_path = 0

local function read(file)
  local handle = assert(io.open(file, "rb"))
  local content = handle:read("*a")
  handle:close()
  return content
end

function init(args)
  if args[1] and args[1] ~= "-" then
    for line in io.lines(args[1]) do
      if line ~= "" then paths[#paths + 1] = line end
    end
  end
  if args[2] then wrk.method = args[2] end
  if args[3] then wrk.body = read(args[3]) end
end

function request()
  if #paths == 0 then return wrk.request() end
  next_path = next_path % #paths + 1
  return wrk.format(nil, paths[next_path])
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"bytes":%d,"socketErrors":%d,"statusErrors":%d,"p50Us":%d,"p99Us":%d}\n',
    summary.requests, summary.duration, summary.bytes,
    errors.connect + errors.read + errors.write + errors.timeout, errors.status,
    latency:percentile(50), latency:percentile(99)))
end
