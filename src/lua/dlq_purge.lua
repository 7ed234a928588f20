-- dlq_purge.lua - delete every dead letter atomically (memflush dlq purge --yes, src/dlq.c).
-- KEYS[1] = {P}:dead
-- Returns how many entries were deleted.
local t = redis.call('TYPE', KEYS[1])['ok']
if t ~= 'none' and t ~= 'list' then
    return redis.error_reply('WRONGTYPE key ' .. KEYS[1] .. ' holds a ' .. t .. ', not a list')
end
local n = redis.call('LLEN', KEYS[1])
redis.call('DEL', KEYS[1])
return n
