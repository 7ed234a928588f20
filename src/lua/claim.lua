-- claim.lua - claim a batch: move up to n records from the head of the pending list to the
-- tail of this flusher's in-flight list (same order) and take a lease on the whole list, in
-- one atomic step. The in-flight list may still hold earlier batches that are being written
-- (the flusher claims batch N+1 while PostgreSQL commits batch N); they stay at its head.
-- KEYS[1] {P}:pending   KEYS[2] {P}:inflight:<flusher id>   KEYS[3] {P}:leases
-- ARGV[1] n (batch size)   ARGV[2] flusher id   ARGV[3] lease length in milliseconds
-- ARGV[4] how many records the flusher believes its in-flight list holds
-- Returns { pending length after the claim, record 1, record 2, ... } (just the length when
-- pending is empty), or { -1, actual length } when the in-flight list does not hold what the
-- flusher believes: another flusher took it back after the lease expired (or an earlier reply
-- was lost). Nothing is claimed then. The lease expiry comes from Redis's clock (TIME), so the
-- flushers' own clocks do not matter. Needs Redis 6.2+ (LMOVE).
local have = redis.call('LLEN', KEYS[2])
if have ~= tonumber(ARGV[4]) then
    return { -1, have }
end
-- One LMOVE per record rather than LPOP n + RPUSH: the append-only file then logs the moves,
-- not the records' bytes a second time, and the records cross into Lua once (about half the
-- Redis CPU of a claim; docs/flush.md "Throughput").
local n = tonumber(ARGV[1])
local items = { 0 }
for i = 1, n do
    local v = redis.call('LMOVE', KEYS[1], KEYS[2], 'LEFT', 'RIGHT')
    if not v then
        break
    end
    items[i + 1] = v
end
items[1] = redis.call('LLEN', KEYS[1])
if #items == 1 then
    return items
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[3], now + tonumber(ARGV[3]), ARGV[2])
return items
