-- requeue.lua - put this flusher's claimed batches (the whole in-flight list: the batch being
-- written and the one claimed behind it) back at the head of {P}:pending in their original
-- order (the first record first), delete the in-flight list and drop the lease, atomically.
-- Used when a batch's transaction failed or the run stops without writing it.
-- KEYS[1] {P}:inflight:<flusher id>   KEYS[2] {P}:pending   KEYS[3] {P}:leases
-- KEYS[4] {P}:forget (optional): while memflush forget runs, the records of the user or
--         conversation it erases are dropped here instead of put back; placeholders that
--         forget left in the list ("memflush:forgotten...") are always dropped (docs/forget.md)
-- ARGV[1] flusher id
-- Returns the number of records put back (0 when nothing was in flight).
local ph = 'memflush:forgotten'
local tomb = KEYS[4] ~= nil and redis.call('HLEN', KEYS[4]) > 0
local function dropped(rec)
    if string.sub(rec, 1, #ph) == ph then
        return true
    end
    if not tomb then
        return false
    end
    local ok, t = pcall(cjson.decode, rec)
    return ok and type(t) == 'table' and
        ((type(t['user_id']) == 'string' and redis.call('HEXISTS', KEYS[4], 'u:' .. t['user_id']) == 1) or
         (type(t['conversation_id']) == 'string' and
          redis.call('HEXISTS', KEYS[4], 'c:' .. t['conversation_id']) == 1))
end
local items = redis.call('LRANGE', KEYS[1], 0, -1)
local n = 0
-- the tail goes first, so the batch's first record ends up at the very head
for i = #items, 1, -1 do
    if not dropped(items[i]) then
        redis.call('LPUSH', KEYS[2], items[i])
        n = n + 1
    end
end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[3], ARGV[1])
return n
