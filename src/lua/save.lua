-- save.lua - save one turn atomically (contract section 2).
-- KEYS[1] = {P}:pending            the queue the flusher drains (never given a TTL)
-- KEYS[2] = {P}:ctx:<conversation> the conversation's recent turns, newest first
-- KEYS[3] = {P}:uidx:<bucket>     (optional) the user index memflush forget finds a user's
--                                  context lists by: a sorted set of "<user id>\0<ctx key>"
--                                  at score 0, one per day (docs/forget.md)
-- ARGV[1] = the turn record (section 1 JSON, cid and created_at set)
-- ARGV[2] = how many turns the context list keeps (MEMFLUSH_CONTEXT_MAX)
-- ARGV[3] = the context list's lifetime in seconds (MEMFLUSH_TTL_SECONDS)
-- ARGV[4] = (with KEYS[3]) the index entry "<user id>\0<ctx key>"
-- Both keys carry the same {P} hash tag, so this also runs on Redis Cluster.
-- Returns the length of the pending list after the push.
--
-- Redis does not roll a script back when a command fails half-way, and a
-- foreign key under the prefix must make the whole save fail with both lists
-- untouched. Checking both types first costs two calls on every save; instead
-- a push onto a foreign key fails without writing, and when the second push
-- fails the first is popped back off. The script is atomic, so nobody sees
-- the turn in between; the list ends as it was (a new one is deleted again).
local function wrongtype(key)
    local t = redis.call('TYPE', key)['ok']
    return redis.error_reply('WRONGTYPE key ' .. key .. ' holds a ' .. t .. ', not a list')
end
local c = redis.pcall('LPUSH', KEYS[2], ARGV[1])
if type(c) == 'table' then
    return wrongtype(KEYS[2])
end
local n = redis.pcall('RPUSH', KEYS[1], ARGV[1])
if type(n) == 'table' then
    redis.call('LPOP', KEYS[2])
    return wrongtype(KEYS[1])
end
-- trimming is needed only once the list is over its cap
if c > tonumber(ARGV[2]) then
    redis.call('LTRIM', KEYS[2], 0, tonumber(ARGV[2]) - 1)
end
redis.call('EXPIRE', KEYS[2], ARGV[3])
if KEYS[3] then
    -- pcall: a foreign key at the index name must not fail the save; the day's bucket
    -- outlives every context list it names (ttl + 2 days)
    redis.pcall('ZADD', KEYS[3], 0, ARGV[4])
    redis.pcall('EXPIRE', KEYS[3], tonumber(ARGV[3]) + 172800)
end
return n
