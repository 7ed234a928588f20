-- release.lua - release a batch after its transaction committed: append the batch's
-- dead-letter entries to {P}:dead and remove the batch's records from the head of the
-- in-flight list (the whole list and the lease when nothing else is in flight), atomically.
-- Batches claimed later stay in the list, under the lease.
-- KEYS[1] {P}:inflight:<flusher id>   KEYS[2] {P}:leases   KEYS[3] {P}:dead
-- KEYS[4] {P}:forget (optional). A dead letter is dropped instead of appended when its record
--         is one memflush forget erased (docs/forget.md): its user or conversation is being
--         forgotten now, or forget replaced it by "memflush:forgotten:<sha1>" in this batch
--         while the flusher held it, or it is such a placeholder itself. Checked only for
--         batches that have dead letters.
-- ARGV[1] flusher id   ARGV[2] records to release (the batch, at the head of the list)
-- ARGV[3] how many records the flusher believes its in-flight list holds
-- ARGV[4..] dead-letter entries (JSON texts)
-- Returns 1, or 0 when the in-flight list does not hold what the flusher believes (gone:
-- the lease expired and another flusher took the batches back). Then nothing is
-- dead-lettered or removed here: that flusher processes the records again (the table
-- writes are idempotent) and dead-letters the poison ones once.
local have = redis.call('LLEN', KEYS[1])
local count = tonumber(ARGV[2])
if have ~= tonumber(ARGV[3]) or have < count then
    if have == 0 then
        redis.call('ZREM', KEYS[2], ARGV[1])
    end
    return 0
end
local function forgotten(rec, k)
    local ok, t = pcall(cjson.decode, rec)
    local u, c = ok and type(t) == 'table' and t['user_id'], ok and type(t) == 'table' and t['conversation_id']
    return (type(u) == 'string' and redis.call('HEXISTS', k, 'u:' .. u) == 1) or
        (type(c) == 'string' and redis.call('HEXISTS', k, 'c:' .. c) == 1) end
local dead = {}
if #ARGV >= 4 then
    local ph = 'memflush:forgotten'
    local tomb = KEYS[4] ~= nil and redis.call('HLEN', KEYS[4]) > 0
    local gone = {}
    for _, v in ipairs(redis.call('LRANGE', KEYS[1], 0, count - 1)) do
        if string.sub(v, 1, #ph + 1) == ph .. ':' then
            gone[string.sub(v, #ph + 2)] = true
        end
    end
    for i = 4, #ARGV do
        local keep = true
        local ok, e = pcall(cjson.decode, ARGV[i])
        if ok and type(e) == 'table' and type(e['record']) == 'string' then
            local rec = e['record']
            if string.sub(rec, 1, #ph) == ph or gone[redis.sha1hex(rec)] then
                keep = false
            elseif tomb then
                keep = not forgotten(rec, KEYS[4])
            end
        end
        if keep then
            dead[#dead + 1] = ARGV[i]
        end
    end
end
for i = 1, #dead, 1000 do
    redis.call('RPUSH', KEYS[3], unpack(dead, i, math.min(i + 999, #dead)))
end
if count >= have then
    redis.call('DEL', KEYS[1])
    redis.call('ZREM', KEYS[2], ARGV[1])
else
    redis.call('LTRIM', KEYS[1], count, -1)
end
return 1
