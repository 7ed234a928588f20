-- forget_ctx.lua - one bounded step of memflush forget over the context lists: read up to
-- ARGV[5] of the user's context-list names from each day of the user index and remove the
-- user's records from each list (the list keeps its order and its TTL), atomically. The
-- index entries leave the index in the same step their lists are cleaned, so an interrupted
-- run loses nothing: the rest stays for the rerun.
-- KEYS[1..] {P}:uidx:<day>  the user index of the days that may still name a live list
--           (save.lua, save_many.lua): sorted sets of "<user id>\0<ctx key>" at score 0, read
--           by lexicographic range, so the id is never a pattern
-- ARGV[1] 'u' or 'c'   ARGV[2] the id   ARGV[3] the context-list prefix "{P}:ctx:"
-- ARGV[4] one context-list name to clean instead of the index's (forget --conversation-id), or ''
-- ARGV[5] how many names per day and step   ARGV[6] '1': count only (--yes not given)
-- Every name is checked to carry the context prefix (and so the queue's hash tag) before it
-- is used as a key. Returns {records removed, 1 when names may be left (run again) else 0}.
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
    return {clean(ARGV[4]), 0}
end
local removed, more = 0, 0
local lo, hi = '[' .. id .. '\0', '(' .. id .. '\1'
for _, day in ipairs(KEYS) do
    local names = dry and redis.call('ZRANGEBYLEX', day, lo, hi)
        or redis.call('ZRANGEBYLEX', day, lo, hi, 'LIMIT', 0, n)
    for _, e in ipairs(names) do
        removed = removed + clean(string.sub(e, #id + 2))
        if not dry then
            redis.call('ZREM', day, e)
        end
    end
    if not dry and #names == n then
        more = 1
    end
end
return {removed, more}
