-- renew.lua - extend this flusher's lease while it still holds its batch.
-- KEYS[1] {P}:inflight:<flusher id>   KEYS[2] {P}:leases
-- ARGV[1] flusher id   ARGV[2] lease length in milliseconds
-- Returns 1, or 0 when the in-flight list is gone (another flusher took the batch back).
if redis.call('EXISTS', KEYS[1]) == 0 then
    return 0
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), ARGV[1])
return 1
