-- reclaim.lua - take back the batches of flushers whose lease expired (they died or hung):
-- each expired in-flight list goes back to the head of {P}:pending in its original order,
-- the batch that was claimed first ending up first; the list and the lease are removed.
-- KEYS[1] {P}:leases   KEYS[2] {P}:pending
-- KEYS[3] {P}:forget (optional): records of a user or conversation that memflush forget is
--         erasing are dropped instead of put back, and forget's placeholders always are
--         (as in requeue.lua; docs/forget.md)
-- ARGV[1] the in-flight key prefix "{P}:inflight:" (the lease member is the flusher id)
-- The in-flight keys are derived here, not declared: they share the queue's hash tag, so
-- they live in the same Redis Cluster slot as the declared keys.
-- Returns the number of records taken back.
local ph = 'memflush:forgotten'
local tomb = KEYS[3] ~= nil and redis.call('HLEN', KEYS[3]) > 0
local function dropped(rec)
    if string.sub(rec, 1, #ph) == ph then
        return true
    end
    if not tomb then
        return false
    end
    local ok, t = pcall(cjson.decode, rec)
    return ok and type(t) == 'table' and
        ((type(t['user_id']) == 'string' and redis.call('HEXISTS', KEYS[3], 'u:' .. t['user_id']) == 1) or
         (type(t['conversation_id']) == 'string' and
          redis.call('HEXISTS', KEYS[3], 'c:' .. t['conversation_id']) == 1))
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local expired = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. now)
local n = 0
-- newest first, each prepended: the oldest batch ends at the head
for i = #expired, 1, -1 do
    local key = ARGV[1] .. expired[i]
    local items = redis.call('LRANGE', key, 0, -1)
    for j = #items, 1, -1 do
        if not dropped(items[j]) then
            redis.call('LPUSH', KEYS[2], items[j])
            n = n + 1
        end
    end
    redis.call('DEL', key)
    redis.call('ZREM', KEYS[1], expired[i])
end
return n
