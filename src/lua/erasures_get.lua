-- erasures_get.lua - the counters of memflush forget and prune for memflush stats.
-- KEYS[1] {P}:erasures (hash)   KEYS[2] {P}:forget (hash of forgets in progress)
-- Returns {forgets, forgotten_turns, prunes, pruned_rows, forgets in progress}.
local v = redis.call('HMGET', KEYS[1], 'forgets', 'forgotten_turns', 'prunes', 'pruned_rows')
return {tonumber(v[1]) or 0, tonumber(v[2]) or 0, tonumber(v[3]) or 0, tonumber(v[4]) or 0,
        redis.call('HLEN', KEYS[2])}
