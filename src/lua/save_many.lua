-- save_many.lua - save a chunk of turns in one call, each turn with the effect
-- of one run of save.lua, in the given order (used by the bulk saver, saver.c).
-- KEYS[1]    = {P}:pending             the queue the flusher drains (never given a TTL)
-- KEYS[2..m+1] = {P}:ctx:<conversation>  the m distinct context lists of the chunk
-- KEYS[m+2]    = {P}:uidx:<bucket>        the user index (save.lua, docs/forget.md): one ZADD
--                and one EXPIRE a call, whatever the number of lists
-- ARGV[1]    = how many turns a context list keeps (MEMFLUSH_CONTEXT_MAX)
-- ARGV[2]    = the context lists' lifetime in seconds (MEMFLUSH_TTL_SECONDS)
-- ARGV[3]    = one byte per turn: the KEYS index of the turn's context list, less 2
-- ARGV[4..m+3] = the user id of each context list's turns (the saver starts a new call when
--                a conversation changes user); '' when the caller already added that entry
--                to this bucket (a saver remembers the entries its calls added today,
--                saver.c): no ZADD for it
-- ARGV[m+4..]  = the turn records, in order
-- Every key carries the same {P} hash tag, so this also runs on Redis Cluster.
-- Returns {stored} or {stored, 'WRONGTYPE ...'}: stored is how many turns were saved.
--
-- Nothing is written to a key of another type (Redis does not roll a script
-- back): a foreign {P}:pending fails the whole call untouched (checked first);
-- the LPUSH to a foreign context key fails without writing, and that
-- conversation's turns are then left out of {P}:pending too (neither queued
-- nor listed, as save.lua would refuse each); the other turns are saved.
-- The index map is one argument, not one per turn: every argument costs
-- Redis a Lua string.
local t = redis.call('TYPE', KEYS[1])['ok']
if t ~= 'none' and t ~= 'list' then
    return redis.error_reply('WRONGTYPE key ' .. KEYS[1] .. ' holds a ' .. t .. ', not a list')
end
local m = #KEYS - 2
local r0 = m + 4 -- the first record
local n, map = #ARGV - m - 3, ARGV[3] or ''
if n < 1 or #map ~= n then
    return redis.error_reply('ERR save_many.lua: ' .. n .. ' records but an index map of ' .. #map)
end
local keyof = {string.byte(map, 1, n)}
local per = {}
for j = 1, n do
    local k = keyof[j] + 2
    keyof[j] = k
    local p = per[k]
    if p == nil then
        p = {}
        per[k] = p
    end
    p[#p + 1] = ARGV[j + r0 - 1]
end
-- numbers go to redis.call as strings made once (not formatted per call)
local cmax, stop, ttl = tonumber(ARGV[1]), tostring(tonumber(ARGV[1]) - 1), ARGV[2]
local bad, badmsg = {}, nil
local idx = {}
for k = 2, m + 1 do
    local p = per[k]
    -- LPUSH a b c leaves c b a: newest first; unpack stays within Lua's stack
    -- limit because one call carries at most 64 turns (saver.c)
    local c = redis.pcall('LPUSH', KEYS[k], unpack(p))
    if type(c) == 'table' and c['err'] then
        bad[k] = true
        badmsg = badmsg or (c['err'] .. ' (key ' .. KEYS[k] .. ')')
    else
        if c > cmax then
            redis.call('LTRIM', KEYS[k], '0', stop)
        end
        redis.call('EXPIRE', KEYS[k], ttl)
        if ARGV[k + 2] ~= '' then
            idx[#idx + 1] = '0'
            idx[#idx + 1] = ARGV[k + 2] .. '\0' .. KEYS[k]
        end
    end
end
if #idx > 0 then
    -- pcall: a foreign key at the index name must not fail the save; the day's bucket
    -- outlives every context list it names (ttl + 2 days)
    redis.pcall('ZADD', KEYS[m + 2], unpack(idx))
    redis.pcall('EXPIRE', KEYS[m + 2], tonumber(ttl) + 172800)
end
if badmsg == nil then
    redis.call('RPUSH', KEYS[1], unpack(ARGV, r0))
    return {n}
end
local all = {}
for j = 1, n do
    if not bad[keyof[j]] then
        all[#all + 1] = ARGV[j + r0 - 1]
    end
end
if #all > 0 then
    redis.call('RPUSH', KEYS[1], unpack(all))
end
return {#all, badmsg}
