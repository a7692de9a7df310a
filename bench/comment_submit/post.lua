-- One distinct comment per request (the duplicate check refuses repeats), from the site's own Origin
-- with the form's CSRF token and the signed timestamp the run script puts in the environment.
local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

local counter = 0
local path = os.getenv("POST_PATH")
local token = os.getenv("CSRF")
local ts = os.getenv("TS")
local run = os.getenv("RUN") or "0"  -- each wrk run posts texts of its own
local headers = {
  ["Content-Type"] = "application/x-www-form-urlencoded",
  ["Accept"] = "application/json",
  ["Origin"] = os.getenv("ORIGIN"),
}

function request()
  counter = counter + 1
  local id = run .. "-" .. tid .. "-" .. counter
  local body = "name=Bench+reader&email=bench" .. id .. "%40example.org&body=Comment+" .. id ..
    "+on+the+story%2C+with+a+few+words+of+context.&parent=&website=&ts=" .. ts ..
    "&csrfmiddlewaretoken=" .. token
  return wrk.format("POST", path, headers, body)
end
