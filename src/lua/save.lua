-- save.lua - save one turn atomically (contract section 2).
-- KEYS[1] = {P}:pending            the queue the flusher drains (never given a TTL)
-- KEYS[2] = {P}:ctx:<conversation> the conversation's recent turns, newest first
-- ARGV[1] = the turn record (section 1 JSON, cid and created_at set)
-- ARGV[2] = how many turns the context list keeps (MEMFLUSH_CONTEXT_MAX)
-- ARGV[3] = the context list's lifetime in seconds (MEMFLUSH_TTL_SECONDS)
-- Both keys carry the same {P} hash tag, so this also runs on Redis Cluster.
-- Returns the length of the pending list after the push.
--
-- Redis does not roll a script back when a command fails half-way, so the key
-- types are checked before anything is written: a foreign key under the prefix
-- makes the whole save fail and leaves both lists untouched.
for i = 1, 2 do
    local t = redis.call('TYPE', KEYS[i])['ok']
    if t ~= 'none' and t ~= 'list' then
        return redis.error_reply('WRONGTYPE key ' .. KEYS[i] .. ' holds a ' .. t .. ', not a list')
    end
end
local n = redis.call('RPUSH', KEYS[1], ARGV[1])
redis.call('LPUSH', KEYS[2], ARGV[1])
redis.call('LTRIM', KEYS[2], 0, tonumber(ARGV[2]) - 1)
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[3]))
return n
