-- reclaim.lua - put in-flight lists back at the head of {P}:pending, each in its original order
-- (the batch that was claimed first ending up first), and remove the lists and their leases,
-- atomically. Two uses:
--  - reclaim: the batches of flushers whose lease expired (they died or hung);
--  - requeue (ARGV[2] = a flusher id): that flusher's own list, whatever its lease — its batch's
--    transaction failed, or the run stops without writing it.
-- KEYS[1] {P}:leases   KEYS[2] {P}:pending
-- KEYS[3] {P}:forget (optional): while memflush forget runs, the records of the user or
--         conversation it erases are dropped here instead of put back; its placeholders
--         ("memflush:forgotten...") always are (docs/forget.md)
-- ARGV[1] the in-flight key prefix "{P}:inflight:" (the lease member is the flusher id)
-- ARGV[2] (requeue only) the flusher id
-- The in-flight keys are derived here, not declared: they share the queue's hash tag, so
-- they live in the same Redis Cluster slot as the declared keys.
-- Returns the number of records put back.
local ph = 'memflush:forgotten'
local tomb = KEYS[3] ~= nil and redis.call('HLEN', KEYS[3]) > 0
local function forgotten(rec, k)
    local ok, t = pcall(cjson.decode, rec)
    local u, c = ok and type(t) == 'table' and t['user_id'], ok and type(t) == 'table' and t['conversation_id']
    return (type(u) == 'string' and redis.call('HEXISTS', k, 'u:' .. u) == 1) or
        (type(c) == 'string' and redis.call('HEXISTS', k, 'c:' .. c) == 1) end
local ids
if ARGV[2] then
    ids = {ARGV[2]}
else
    local t = redis.call('TIME')
    local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
    ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. now)
end
local n = 0
-- newest first, each prepended: the oldest batch ends at the head; within a list the tail
-- goes first, so its first record ends up first
for i = #ids, 1, -1 do
    local key = ARGV[1] .. ids[i]
    local items = redis.call('LRANGE', key, 0, -1)
    for j = #items, 1, -1 do
        local rec = items[j]
        if string.sub(rec, 1, #ph) ~= ph and not (tomb and forgotten(rec, KEYS[3])) then
            redis.call('LPUSH', KEYS[2], rec)
            n = n + 1
        end
    end
    redis.call('DEL', key)
    redis.call('ZREM', KEYS[1], ids[i])
end
return n
