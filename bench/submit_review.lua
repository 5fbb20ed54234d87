-- wrk script: submit reviews through the JSON API.
--
--   wrk -t2 -c16 -d10s -s bench/submit_review.lua \
--       http://127.0.0.1:PORT/api/v1/businesses/bench-shop/reviews
--
-- Every request is a distinct review (thread id + counter in title, body and
-- e-mail); the rating cycles 1..5. Responses are counted by status class and
-- summed over threads in done(), which prints lines bench/submit_reviews.sh
-- parses: "reviews_2xx N", "reviews_per_sec X", "status_4xx N", ...

local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("tid", next_id)
  table.insert(threads, thread)
end

-- per-thread state (each wrk thread has its own Lua state)
counter = 0
ok_2xx, s_3xx, s_4xx, s_429, s_5xx, s_other = 0, 0, 0, 0, 0, 0
local nonce = tostring(os.time())

function init(args)
  math.randomseed(os.time() + (tid or 0))
  nonce = string.format("%d%04d", os.time(), math.random(0, 9999))
end

local headers = {
  ["Content-Type"] = "application/json",
  ["Accept"] = "application/json",
}

function request()
  counter = counter + 1
  local rating = (counter % 5) + 1
  local id = string.format("%s-%d-%d", nonce, tid or 0, counter)
  local body = string.format(
    '{"rating":%d,"title":"Bench review %s","body":"Submitted by the wrk benchmark (%s). '
      .. 'Rated %d out of 5: the service was as described and delivery was on time.",'
      .. '"author_name":"Bench %d","author_email":"bench-%s@bench.test","language":"en"}',
    rating, id, id, rating, tid or 0, id)
  return wrk.format("POST", nil, headers, body)
end

function response(status, hdrs, body)
  if status >= 200 and status < 300 then
    ok_2xx = ok_2xx + 1
  elseif status < 400 then
    s_3xx = s_3xx + 1
  elseif status == 429 then
    s_429 = s_429 + 1
  elseif status < 500 then
    s_4xx = s_4xx + 1
  elseif status < 600 then
    s_5xx = s_5xx + 1
  else
    s_other = s_other + 1
  end
end

function done(summary, latency, requests)
  local t = { ok_2xx = 0, s_3xx = 0, s_4xx = 0, s_429 = 0, s_5xx = 0, s_other = 0 }
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do
      t[k] = t[k] + (thread:get(k) or 0)
    end
  end
  local secs = summary.duration / 1e6
  io.write(string.format("reviews_2xx %d\n", t.ok_2xx))
  io.write(string.format("reviews_per_sec %.2f\n", secs > 0 and t.ok_2xx / secs or 0))
  io.write(string.format("status_3xx %d\n", t.s_3xx))
  io.write(string.format("status_4xx %d\n", t.s_4xx))
  io.write(string.format("status_429 %d\n", t.s_429))
  io.write(string.format("status_5xx %d\n", t.s_5xx))
  io.write(string.format("status_other %d\n", t.s_other))
  io.write(string.format("p99_ms %.2f\n", latency:percentile(99) / 1000))
end
