-- forget_ctx.lua - one bounded step of memflush forget over the context lists: read up to
-- ARGV[5] of the user's context-list names from the user index, from where the last step
-- stopped, and remove the user's records from each list (the list keeps its order and its
-- TTL), atomically. The index entries stay (they expire with their day's bucket): a saver
-- that added an entry once today need not add it again (saver.c), so an entry must not
-- disappear while its bucket lives. An interrupted run is redone from the start by the rerun.
-- KEYS[1..] {P}:uidx:<day>  the user index of the days that may still name a live list
--           (save.lua, save_many.lua): sorted sets of "<user id>\0<ctx key>" at score 0, read
--           by lexicographic range, so the id is never a pattern
-- ARGV[1] 'u' or 'c'   ARGV[2] the id   ARGV[3] the context-list prefix "{P}:ctx:"
-- ARGV[4] one context-list name to clean instead of the index's (forget --conversation-id), or ''
-- ARGV[5] how many names per step   ARGV[6] '1': count only (--yes not given)
-- ARGV[7] where to go on: the KEYS index of the day (1 to start)   ARGV[8] the last entry
--         cleaned in that day, '' for none
-- Every name is checked to carry the context prefix (and so the queue's hash tag) before it
-- is used as a key. Returns {records removed, the day to go on with (0: done), the last entry
-- cleaned in it ('' for none)}.
local field = ARGV[1] == 'u' and 'user_id' or 'conversation_id'
local id, prefix, dry, n = ARGV[2], ARGV[3], ARGV[6] == '1', tonumber(ARGV[5])
local function clean(k)
    local removed = 0
    if string.sub(k, 1, #prefix) ~= prefix or redis.call('TYPE', k)['ok'] ~= 'list' then
        return 0
    end
    local items = redis.call('LRANGE', k, 0, -1)
    local keep = {}
    for i = 1, #items do
        local ok, t = pcall(cjson.decode, items[i])
        if ok and type(t) == 'table' and t[field] == id then
            removed = removed + 1
        else
            keep[#keep + 1] = items[i]
        end
    end
    if #keep < #items and not dry then
        local ttl = redis.call('PTTL', k)
        redis.call('DEL', k)
        if #keep > 0 then
            redis.call('RPUSH', k, unpack(keep))
            if ttl > 0 then
                redis.call('PEXPIRE', k, ttl)
            end
        end
    end
    return removed
end
if ARGV[4] ~= '' then
    return {clean(ARGV[4]), 0, ''}
end
local removed, left = 0, n
local day, after = tonumber(ARGV[7]), ARGV[8]
local hi = '(' .. id .. '\1'
while day <= #KEYS do
    local lo = after ~= '' and '(' .. after or '[' .. id .. '\0'
    local names = redis.call('ZRANGEBYLEX', KEYS[day], lo, hi, 'LIMIT', 0, left)
    for _, e in ipairs(names) do
        removed = removed + clean(string.sub(e, #id + 2))
        after = e
    end
    left = left - #names
    if left == 0 then
        return {removed, day, after}
    end
    day, after = day + 1, ''
end
return {removed, 0, ''}
