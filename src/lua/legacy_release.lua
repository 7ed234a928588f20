-- legacy_release.lua - append a converted chunk and release it, in one atomic step.
-- KEYS[1] = {P}:pending  KEYS[2] = {P}:dead  KEYS[3] = {P}:legacy-inflight:<run id>
-- KEYS[4] = {P}:legacy-leases
-- ARGV[1] = run id; ARGV[2] = n, the number of records; ARGV[3 .. 2+n] = §1 records for
-- {P}:pending; ARGV[3+n ..] = dead-letter entries for {P}:dead (one per unconvertible element).
-- Returns n, or -1 when this run no longer holds the chunk (its lease was reclaimed by another
-- run, or an earlier call already released it): then nothing is written.
-- Returns -2 when the chunk does not have one output per claimed element: nothing is written.
if redis.call('ZSCORE', KEYS[4], ARGV[1]) == false or redis.call('EXISTS', KEYS[3]) == 0 then
    return -1
end
local n = tonumber(ARGV[2])
if redis.call('LLEN', KEYS[3]) ~= #ARGV - 2 then
    return -2
end
for i = 3, 2 + n, 1000 do
    redis.call('RPUSH', KEYS[1], unpack(ARGV, i, math.min(i + 999, 2 + n)))
end
for i = 3 + n, #ARGV, 1000 do
    redis.call('RPUSH', KEYS[2], unpack(ARGV, i, math.min(i + 999, #ARGV)))
end
redis.call('DEL', KEYS[3])
redis.call('ZREM', KEYS[4], ARGV[1])
return n
