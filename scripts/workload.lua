-- The realistic workload of `make bench` (scripts/bench.py), for wrk.
--
-- Each request asks for one of the addresses the sitemap lists, drawn with a
-- Zipf distribution (s = 1): the address of rank k, in the order of the file
-- given, is asked for in proportion to 1/k, as a few pages draw most readers
-- and the long tail of old news a few each. A share of the requests carries
-- a signed-in staff member's session cookie.
--
-- Arguments (after wrk's `--`): the file of paths, one a line, by rank; the
-- staff member's session cookie; the share of requests sent with it (0.05).
-- At the end it prints one line, "workload {…}", of JSON for bench.py.

local ACCEPT_ENCODING = "gzip, deflate, br"
local SEED = 17 -- the same draws every run (each thread its own sequence)

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("number", #threads)
end

local cumulative, as_reader, as_staff = {}, {}, {}
local staff_share

function init(args)
   local paths = {}
   for line in io.lines(args[1]) do
      paths[#paths + 1] = line
   end
   local reader = { ["Accept-Encoding"] = ACCEPT_ENCODING }
   local staff = { ["Accept-Encoding"] = ACCEPT_ENCODING, ["Cookie"] = "sessionid=" .. args[2] }
   staff_share = tonumber(args[3])
   -- The requests are made once here: request() only picks one.
   local total = 0
   for rank, path in ipairs(paths) do
      total = total + 1 / rank
      cumulative[rank] = total
      as_reader[rank] = wrk.format("GET", path, reader)
      as_staff[rank] = wrk.format("GET", path, staff)
   end
   for rank = 1, #cumulative do
      cumulative[rank] = cumulative[rank] / total
   end
   math.randomseed(SEED + number)
   -- Read by done() through thread:get, so global to this thread.
   hits, misses, staff_requests, client_errors, server_errors = 0, 0, 0, 0, 0
end

-- The first rank whose cumulative share reaches a uniform draw.
local function drawn_rank()
   local draw = math.random()
   local low, high = 1, #cumulative
   while low < high do
      local middle = math.floor((low + high) / 2)
      if cumulative[middle] < draw then
         low = middle + 1
      else
         high = middle
      end
   end
   return low
end

function request()
   local rank = drawn_rank()
   if math.random() < staff_share then
      staff_requests = staff_requests + 1
      return as_staff[rank]
   end
   return as_reader[rank]
end

-- Every address comes from the sitemap, so a 404 is as wrong as a 500.
function response(status, headers, body)
   if status >= 500 then
      server_errors = server_errors + 1
   elseif status >= 400 then
      client_errors = client_errors + 1
   end
   local page_cache = headers["X-Page-Cache"]
   if page_cache == "hit" then
      hits = hits + 1
   elseif page_cache == "miss" then
      misses = misses + 1
   end
end

function done(summary, latency, requests)
   local counts = { hits = 0, misses = 0, staff_requests = 0, client_errors = 0, server_errors = 0 }
   for _, thread in ipairs(threads) do
      for name, count in pairs(counts) do
         counts[name] = count + thread:get(name)
      end
   end
   local errors = summary.errors
   io.write(string.format(
      'workload {"requests": %d, "seconds": %.3f, "p50_ms": %.3f, "p99_ms": %.3f, '
         .. '"hits": %d, "misses": %d, "staff_requests": %d, "client_errors": %d, '
         .. '"server_errors": %d, "socket_errors": %d, "timeouts": %d}\n',
      summary.requests, summary.duration / 1e6,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      counts.hits, counts.misses, counts.staff_requests, counts.client_errors,
      counts.server_errors, errors.connect + errors.read + errors.write, errors.timeout
   ))
end
