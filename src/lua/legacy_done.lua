-- legacy_done.lua - import-legacy on a Redis Cluster: release a window whose records are
-- already appended (the append went to other slots first; this runs in the legacy key's slot).
-- KEYS[1] = {T}:memflush-import:<run id>  KEYS[2] = {T}:memflush-import-leases
-- ARGV[1] = run id; ARGV[2] = the number of elements the run converted from KEYS[1]
-- Returns that number, or -1 when this run no longer holds the window (its lease expired and
-- another run put it back in the legacy list, or an earlier call already released it), or -2
-- when the window does not hold ARGV[2] elements: then nothing is released (the window goes back
-- to the legacy list when its lease expires; its records, appended twice, share their cid).
if redis.call('ZSCORE', KEYS[2], ARGV[1]) == false or redis.call('EXISTS', KEYS[1]) == 0 then
    return -1
end
if redis.call('LLEN', KEYS[1]) ~= tonumber(ARGV[2]) then
    return -2
end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return tonumber(ARGV[2])
