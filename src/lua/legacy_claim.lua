-- legacy_claim.lua - claim a chunk of the legacy queue for one import run (memflush import-legacy).
-- KEYS[1] = the legacy list (default pending:flush:queue)
-- KEYS[2] = {P}:legacy-inflight:<run id>  the chunk this run is converting (on a cluster
--           {T}:memflush-import:<run id>, T the legacy key's tag: its slot, layout.h)
-- KEYS[3] = {P}:legacy-leases             zset: run id -> lease expiry (Unix ms, Redis clock)
--           (on a cluster {T}:memflush-import-leases)
-- ARGV[1] = how many elements to claim; ARGV[2] = lease length in ms; ARGV[3] = run id
-- Moves up to ARGV[1] elements from the head of KEYS[1] to KEYS[2] in order and sets the
-- lease. When KEYS[2] still holds a chunk (an earlier call whose reply was lost) it returns
-- that chunk again instead, with the lease renewed. Returns the claimed elements in order.
local t = redis.call('TIME')
local expiry = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) + tonumber(ARGV[2])
local items = redis.call('LRANGE', KEYS[2], 0, -1)
if #items == 0 then
    items = redis.call('LRANGE', KEYS[1], 0, tonumber(ARGV[1]) - 1)
    if #items == 0 then
        return items
    end
    redis.call('LTRIM', KEYS[1], #items, -1)
    for i = 1, #items, 1000 do
        redis.call('RPUSH', KEYS[2], unpack(items, i, math.min(i + 999, #items)))
    end
end
redis.call('ZADD', KEYS[3], expiry, ARGV[3])
return items
