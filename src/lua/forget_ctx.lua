-- forget_ctx.lua - one bounded step of memflush forget over the context lists: take up to
-- ARGV[5] context-list names from the index set and remove the user's records from each
-- list (the list keeps its order and its TTL), atomically. The names leave the set in the
-- same step their lists are cleaned, so an interrupted run loses nothing: the rest stays in
-- the set for the rerun.
-- KEYS[1] {P}:user:<user id>   set of the user's context-list names (save.lua, save_many.lua)
-- ARGV[1] 'u' or 'c'   ARGV[2] the id   ARGV[3] the context-list prefix "{P}:ctx:"
-- ARGV[4] one context-list name to clean instead of the set's (forget --conversation-id), or ''
-- ARGV[5] how many lists   ARGV[6] '1': count only (--yes not given), nothing is changed
-- Every name is checked to carry the context prefix (and so the queue's hash tag) before it
-- is used as a key. Returns {records removed, names left in the set}.
local field = ARGV[1] == 'u' and 'user_id' or 'conversation_id'
local id, prefix = ARGV[2], ARGV[3]
local dry = ARGV[6] == '1'
local names
if ARGV[4] ~= '' then
    names = {ARGV[4]}
elseif dry then
    names = redis.call('SMEMBERS', KEYS[1])
else
    names = redis.call('SPOP', KEYS[1], tonumber(ARGV[5]))
end
local removed = 0
for _, k in ipairs(names) do
    if string.sub(k, 1, #prefix) == prefix and redis.call('TYPE', k)['ok'] == 'list' then
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
    end
end
if dry or ARGV[4] ~= '' then
    return {removed, 0}
end
return {removed, redis.call('SCARD', KEYS[1])}
