-- dlq_replay.lua - move one chunk of dead letters back to the pending list atomically
-- (memflush dlq replay, src/dlq.c).
-- KEYS[1] = {P}:dead     dead-letter entries, oldest at the head
-- KEYS[2] = {P}:pending  the queue; replayed records go to its tail (RPUSH)
-- KEYS[3] = {P}:forget (optional): while memflush forget erases a user or conversation, their
--           records leave {P}:dead here without reaching {P}:pending (docs/forget.md)
-- ARGV[1] = skip: entries at the head of {P}:dead that stay (earlier invalid ones)
-- ARGV[2] = n: entries in this chunk, which the caller read at index skip .. skip+n-1
-- ARGV[3] = a string of n flags: '1' replay entry i, '0' keep it in {P}:dead
-- ARGV[4 .. 3+n]     = the entries exactly as the caller read them
-- ARGV[4+n .. 3+2n]  = the original record bytes of each entry ('' when kept)
-- Returns {replayed, kept}, or {-1, 0} when the list changed since the caller read it
-- (another dlq command ran): nothing is written then, and the caller reads again.
-- Both keys carry the same {P} hash tag, so this also runs on Redis Cluster.
for i = 1, 2 do
    local t = redis.call('TYPE', KEYS[i])['ok']
    if t ~= 'none' and t ~= 'list' then
        return redis.error_reply('WRONGTYPE key ' .. KEYS[i] .. ' holds a ' .. t .. ', not a list')
    end
end
local skip = tonumber(ARGV[1])
local n = tonumber(ARGV[2])
local flags = ARGV[3]
local cur = redis.call('LRANGE', KEYS[1], skip, skip + n - 1)
if #cur ~= n then
    return {-1, 0}
end
for i = 1, n do
    if cur[i] ~= ARGV[3 + i] then
        return {-1, 0}
    end
end
local keep = {}
if skip > 0 then
    keep = redis.call('LRANGE', KEYS[1], 0, skip - 1)
end
local function forgotten(rec, k)
    local ok, t = pcall(cjson.decode, rec)
    local u, c = ok and type(t) == 'table' and t['user_id'], ok and type(t) == 'table' and t['conversation_id']
    return (type(u) == 'string' and redis.call('HEXISTS', k, 'u:' .. u) == 1) or
        (type(c) == 'string' and redis.call('HEXISTS', k, 'c:' .. c) == 1) end
local tomb = KEYS[3] ~= nil and redis.call('HLEN', KEYS[3]) > 0
local moved = 0
for i = 1, n do
    if string.sub(flags, i, i) == '1' then
        if not (tomb and forgotten(ARGV[3 + n + i], KEYS[3])) then
            redis.call('RPUSH', KEYS[2], ARGV[3 + n + i])
        end
        moved = moved + 1
    else
        keep[#keep + 1] = cur[i]
    end
end
-- drop the head up to the end of the chunk, then put the kept entries back in order
redis.call('LTRIM', KEYS[1], skip + n, -1)
for i = #keep, 1, -1 do
    redis.call('LPUSH', KEYS[1], keep[i])
end
return {moved, n - moved}
