-- save_many.lua - save a chunk of turns in one call, each turn with the effect
-- of one run of save.lua, in the given order (used by the bulk saver, saver.c).
-- KEYS[1]    = {P}:pending             the queue the flusher drains (never given a TTL)
-- KEYS[2..]  = {P}:ctx:<conversation>  the distinct context lists of the chunk
-- ARGV[1]    = how many turns a context list keeps (MEMFLUSH_CONTEXT_MAX)
-- ARGV[2]    = the context lists' lifetime in seconds (MEMFLUSH_TTL_SECONDS)
-- ARGV[3..]  = pairs: the KEYS index (2..) of the turn's context list, the turn record
-- Every key carries the same {P} hash tag, so this also runs on Redis Cluster.
-- Returns {stored} or {stored, 'WRONGTYPE ...'}: stored is how many turns were saved.
--
-- Nothing is written to a key of another type (Redis does not roll a script
-- back): a foreign {P}:pending fails the whole call untouched (checked first);
-- the LPUSH to a foreign context key fails without writing, and that
-- conversation's turns are then left out of {P}:pending too (neither queued
-- nor listed, as save.lua would refuse each); the other turns are saved.
local t = redis.call('TYPE', KEYS[1])['ok']
if t ~= 'none' and t ~= 'list' then
    return redis.error_reply('WRONGTYPE key ' .. KEYS[1] .. ' holds a ' .. t .. ', not a list')
end
local per, keyof = {}, {}
for i = 3, #ARGV, 2 do
    local k = tonumber(ARGV[i])
    keyof[i] = k
    local p = per[k]
    if p == nil then
        p = {}
        per[k] = p
    end
    p[#p + 1] = ARGV[i + 1]
end
-- numbers go to redis.call as strings made once (not formatted per call)
local cmax, stop, ttl = tonumber(ARGV[1]), tostring(tonumber(ARGV[1]) - 1), ARGV[2]
local bad, badmsg = {}, nil
for k = 2, #KEYS do
    local p = per[k]
    -- LPUSH a b c leaves c b a: newest first; unpack stays within Lua's stack
    -- limit because one call carries at most 64 turns (saver.c)
    local n = redis.pcall('LPUSH', KEYS[k], unpack(p))
    if type(n) == 'table' and n['err'] then
        bad[k] = true
        badmsg = badmsg or (n['err'] .. ' (key ' .. KEYS[k] .. ')')
    else
        if n > cmax then
            redis.call('LTRIM', KEYS[k], '0', stop)
        end
        redis.call('EXPIRE', KEYS[k], ttl)
    end
end
local all = {}
for i = 3, #ARGV, 2 do
    if not bad[keyof[i]] then
        all[#all + 1] = ARGV[i + 1]
    end
end
if #all > 0 then
    redis.call('RPUSH', KEYS[1], unpack(all))
end
if badmsg then
    return {#all, badmsg}
end
return {#all}
