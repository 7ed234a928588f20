-- legacy_reclaim.lua - give the chunks of dead import runs back to the legacy queue.
-- KEYS[1] = the legacy list  KEYS[2] = {P}:legacy-leases
-- ARGV[1] = the in-flight key prefix {P}:legacy-inflight:
-- Every run whose lease expired (Redis clock) has its chunk put back at the head of KEYS[1]
-- in its original order, its in-flight list deleted and its lease removed, atomically.
-- The in-flight keys are derived from the lease members, as the flusher's are: this script
-- are in the slot of KEYS[2] (on a cluster {T}:memflush-import-leases and -import:<id>, layout.h).
-- Returns the number of elements put back.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
-- expired: the expiry is before now (held through its expiry ms), as in reclaim.lua
local ids = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', '(' .. now)
local total = 0
for _, id in ipairs(ids) do
    local k = ARGV[1] .. id
    local items = redis.call('LRANGE', k, 0, -1)
    for i = #items, 1, -1 do
        redis.call('LPUSH', KEYS[1], items[i])
    end
    total = total + #items
    redis.call('DEL', k)
    redis.call('ZREM', KEYS[2], id)
end
return total
