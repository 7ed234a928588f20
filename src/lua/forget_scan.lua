-- forget_scan.lua - one bounded step of memflush forget over {P}:pending, {P}:dead or an
-- in-flight list: find a user's or a conversation's records in one window and replace each by
-- a placeholder (LSET), atomically. The window walks from the tail towards the head:
-- records leave these lists at the head (claims) and arrive at the tail (saves); a cursor
-- counted from the tail is never moved past an unscanned record by either, at worst records
-- saved meanwhile are looked at twice (docs/forget.md, "Why nothing is skipped").
-- KEYS[1] the list
-- ARGV[1] 'u' (user_id) or 'c' (conversation_id)   ARGV[2] the id (exact bytes)
-- ARGV[3] cursor: records already scanned, counted from the tail
-- ARGV[4] window size
-- ARGV[5] 'record' (a §1 record), 'dead' (a dead-letter entry: its "record" is decoded) or
--         'inflight' (a flusher's claimed records: placeholder + sha1 of the record, so that
--         release.lua can drop its dead letter; the flusher still holds the record)
-- ARGV[6] the placeholder prefix ("memflush:forgotten")
-- ARGV[7] '1': count only (--yes not given), nothing is changed
-- Returns {next cursor, records replaced, list length, done (1 once the head was scanned)}.
--
-- ARGV[5] 'mark' (memflush forget's client-side scan of {P}:pending, src/forget.c): the client
-- read a window with LRANGE and the tail record in one MULTI, found the records that may be
-- theirs, and this step replaces those that are: without copying the window into Lua.
--   ARGV[3] the tail record at the read (the anchor)   ARGV[4] how far from the tail to look
--   for it (LPOS MAXLEN)   ARGV[8..] pairs: a record's position counted from the tail at the
--   read, the record. Since the read only appends (at the tail) can have moved a record
--   towards the head, by as many records as now follow the anchor; claims take records off
--   the head. Each record is looked up there and replaced only if it is still that record
--   and holds() confirms it is theirs.
--   Returns {records replaced (or counted), 1 if one could not be found where expected (the
--   client then scans that window here, mode 'record'), else 0}.
local field = ARGV[1] == 'u' and 'user_id' or 'conversation_id'
local id, mode, ph = ARGV[2], ARGV[5], ARGV[6]
local key = '"' .. field .. '"'
-- The string value after the key that ends at b ("key" : "value"), JSON-decoded only when it
-- holds an escape; nil when it is not a string.
local function value_at(rec, b)
    local i = string.find(rec, '[^ \t\r\n]', b + 1)
    if not i or string.byte(rec, i) ~= 58 then -- ':'
        return nil
    end
    i = string.find(rec, '[^ \t\r\n]', i + 1)
    if not i or string.byte(rec, i) ~= 34 then -- '"'
        return nil
    end
    local j = i + 1
    while true do
        local q = string.find(rec, '"', j, true)
        if not q then
            return nil
        end
        local k, bs = q - 1, 0
        while string.byte(rec, k) == 92 do -- '\'
            bs, k = bs + 1, k - 1
        end
        if bs % 2 == 0 then
            local raw = string.sub(rec, i + 1, q - 1)
            if not string.find(raw, '\\', 1, true) then
                return raw
            end
            local ok, v = pcall(cjson.decode, '"' .. raw .. '"')
            return ok and v or nil
        end
        j = q + 1
    end
end
-- A record is theirs when its top-level field is the id. The quick path reads only the values
-- after the literal key (a key inside a string value would have its quotes escaped); one that
-- matches is confirmed by decoding the whole record. A record whose key itself is written
-- with escapes is not found here; the table's fence still stops it (docs/forget.md).
local function holds(rec)
    if mode == 'dead' then
        local ok, e = pcall(cjson.decode, rec)
        if not ok or type(e) ~= 'table' or type(e['record']) ~= 'string' then
            return false
        end
        rec = e['record']
    end
    local s = 1
    while true do
        local a, b = string.find(rec, key, s, true)
        if not a then
            return false
        end
        if value_at(rec, b) == id then
            local ok, t = pcall(cjson.decode, rec)
            return ok and type(t) == 'table' and t[field] == id
        end
        s = b + 1
    end
end
local len = redis.call('LLEN', KEYS[1])
if mode == 'mark' then
    mode = 'record'
    local at = redis.pcall('LPOS', KEYS[1], ARGV[3], 'RANK', -1, 'MAXLEN', ARGV[4])
    if type(at) ~= 'number' then
        return {0, 1}
    end
    local shift, n, lost = len - 1 - at, 0, 0
    for j = 8, #ARGV - 1, 2 do
        local i, rec = len - 1 - (tonumber(ARGV[j]) + shift), ARGV[j + 1]
        -- i < 0: claimed since (forget scans the in-flight lists next)
        if i >= 0 then
            if redis.call('LINDEX', KEYS[1], i) ~= rec then
                lost = 1
            elseif holds(rec) then
                if ARGV[7] ~= '1' then
                    redis.call('LSET', KEYS[1], i, ph)
                end
                n = n + 1
            end
        end
    end
    return {n, lost}
end
local cursor = tonumber(ARGV[3])
local stop = len - cursor - 1
if stop < 0 then
    return {cursor, 0, len, 1}
end
local start = math.max(0, stop - tonumber(ARGV[4]) + 1)
local items = redis.call('LRANGE', KEYS[1], start, stop)
local n = 0
for i = 1, #items do
    local rec = items[i]
    if string.sub(rec, 1, #ph) ~= ph and holds(rec) then
        local v = ph
        if mode == 'inflight' then
            v = ph .. ':' .. redis.sha1hex(rec)
        end
        if ARGV[7] ~= '1' then
            redis.call('LSET', KEYS[1], start + i - 1, v)
        end
        n = n + 1
    end
end
return {cursor + #items, n, len, start == 0 and 1 or 0}
