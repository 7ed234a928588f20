-- forget_begin.lua - the first step of memflush forget (src/forget.c): write the Redis
-- tombstone and read the horizon, atomically.
-- KEYS[1] {P}:forget   hash: "u:<user id>" / "c:<conversation id>" -> horizon (Unix microseconds,
--                      Redis clock). While a field is there, reclaim.lua (also requeue), release.lua
--                      and dlq_replay.lua drop that user's or conversation's records instead of
--                      putting them back (docs/forget.md). forget_end.lua removes the field.
-- ARGV[1] the field
-- Returns the horizon as a string of Unix microseconds: the Redis TIME of this step, or the
-- horizon an interrupted run already wrote, when that one is later (a rerun never narrows).
local t = redis.call('TIME')
local now = t[1] .. string.format('%06d', tonumber(t[2]))
local old = redis.call('HGET', KEYS[1], ARGV[1])
if old and tonumber(old) > tonumber(now) then
    return old
end
redis.call('HSET', KEYS[1], ARGV[1], now)
return now
