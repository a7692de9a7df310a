-- POSTs the bodies of $BODIES (one JSON request a line) in turn to $ANALYZE_PATH.
local bodies = {}
for line in io.lines(os.getenv("BODIES")) do bodies[#bodies + 1] = line end
local path = os.getenv("ANALYZE_PATH")
local headers = {["Content-Type"] = "application/json"}
local i = 0

function request()
  i = i % #bodies + 1
  return wrk.format("POST", path, headers, bodies[i])
end
