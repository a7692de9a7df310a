-- Isso's submission API: one distinct JSON comment per request to /new?uri=/post/ (a thread that
-- exists already). Isso wants Content-Type application/json (its CSRF check) and answers 202 when the
-- comment waits for moderation.
local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

local counter = 0
local run = os.getenv("RUN") or "0"  -- each wrk run posts texts of its own
local headers = {
  ["Content-Type"] = "application/json",
  ["Accept"] = "application/json",
}

function request()
  counter = counter + 1
  local id = run .. "-" .. tid .. "-" .. counter
  local body = '{"text": "Comment ' .. id .. ' on the story, with a few words of context.", ' ..
    '"author": "Bench reader", "email": "bench' .. id .. '@example.org"}'
  return wrk.format("POST", "/new?uri=%2Fpost%2F", headers, body)
end
