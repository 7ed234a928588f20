-- forget_leases.lua - memflush forget: the flushers that hold claimed batches (the members of
-- {P}:leases), whose in-flight lists forget_scan.lua then cleans one at a time.
-- KEYS[1] {P}:leases. Returns the flusher ids.
return redis.call('ZRANGE', KEYS[1], 0, -1)
