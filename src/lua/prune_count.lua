-- prune_count.lua - count one memflush prune run in {P}:erasures (for memflush stats).
-- KEYS[1] {P}:erasures   ARGV[1] rows deleted. Returns the total of pruned rows.
redis.call('HINCRBY', KEYS[1], 'prunes', 1)
return redis.call('HINCRBY', KEYS[1], 'pruned_rows', tonumber(ARGV[1]))
