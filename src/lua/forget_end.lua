-- forget_end.lua - the last step of memflush forget (src/forget.c): remove the placeholders
-- left in {P}:pending and {P}:dead by forget_scan.lua, drop the Redis tombstone and count the
-- run, atomically.
-- KEYS[1] {P}:forget   KEYS[2] {P}:pending   KEYS[3] {P}:dead   KEYS[4] {P}:erasures (hash)
-- ARGV[1] the tombstone field   ARGV[2] the placeholder ("memflush:forgotten")
-- ARGV[3] records removed by this run (added to the "forgotten_turns" counter)
-- ARGV[4] "1": count the run in "forgets" (once per run: its first shard), "0": do not
-- One LREM over each list: O(its length) once per run (a few ms per million records).
-- Returns {placeholders removed from pending, from dead}.
local p = redis.call('LREM', KEYS[2], 0, ARGV[2])
local d = redis.call('LREM', KEYS[3], 0, ARGV[2])
redis.call('HDEL', KEYS[1], ARGV[1])
if ARGV[4] ~= '0' then
    redis.call('HINCRBY', KEYS[4], 'forgets', 1)
end
redis.call('HINCRBY', KEYS[4], 'forgotten_turns', tonumber(ARGV[3]))
return {p, d}
