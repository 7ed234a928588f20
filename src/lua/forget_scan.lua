-- forget_scan.lua - one bounded step of memflush forget over {P}:pending, {P}:dead or an
-- in-flight list: find a user's or a conversation's records in one window and replace each by
-- a placeholder (LSET), atomically. The window walks from the tail towards the head:
-- records leave these lists at the head (claims) and arrive at the tail (saves); a cursor
-- counted from the tail is never moved past an unscanned record by either, at worst records
-- saved meanwhile are looked at twice (docs/forget.md, "Why nothing is skipped").
-- KEYS[1] the list
-- ARGV[1] 'u' (user_id) or 'c' (conversation_id)   ARGV[2] the id (exact bytes)
-- ARGV[3] the id as JSON writes it without optional escapes (a quick filter: a record that
--         contains neither it nor an optional escape cannot hold the id and is not decoded)
-- ARGV[4] cursor: records already scanned, counted from the tail
-- ARGV[5] window size
-- ARGV[6] 'record' (a §1 record), 'dead' (a dead-letter entry: its "record" is decoded) or
--         'inflight' (a flusher's claimed records: placeholder + sha1 of the record, so that
--         release.lua can drop its dead letter; the flusher still holds the record)
-- ARGV[7] the placeholder prefix ("memflush:forgotten")
-- ARGV[8] '1': count only (--yes not given), nothing is changed
-- Returns {next cursor, records replaced, list length, done (1 once the head was scanned)}.
local field = ARGV[1] == 'u' and 'user_id' or 'conversation_id'
local id, needle, mode, ph = ARGV[2], ARGV[3], ARGV[6], ARGV[7]
local function holds(rec)
    if mode ~= 'dead' and not string.find(rec, needle, 1, true) and not string.find(rec, '\\u', 1, true)
        and not string.find(rec, '\\/', 1, true) then
        return false
    end
    local ok, t = pcall(cjson.decode, rec)
    if not ok or type(t) ~= 'table' then
        return false
    end
    if mode == 'dead' then
        if type(t['record']) ~= 'string' then
            return false
        end
        ok, t = pcall(cjson.decode, t['record'])
        if not ok or type(t) ~= 'table' then
            return false
        end
    end
    return t[field] == id
end
local len = redis.call('LLEN', KEYS[1])
local cursor = tonumber(ARGV[4])
local stop = len - cursor - 1
if stop < 0 then
    return {cursor, 0, len, 1}
end
local start = math.max(0, stop - tonumber(ARGV[5]) + 1)
local items = redis.call('LRANGE', KEYS[1], start, stop)
local n = 0
for i = 1, #items do
    local rec = items[i]
    if string.sub(rec, 1, #ph) ~= ph and holds(rec) then
        local v = ph
        if mode == 'inflight' then
            v = ph .. ':' .. redis.sha1hex(rec)
        end
        if ARGV[8] ~= '1' then
            redis.call('LSET', KEYS[1], start + i - 1, v)
        end
        n = n + 1
    end
end
return {cursor + #items, n, len, start == 0 and 1 or 0}
