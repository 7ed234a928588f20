-- release.lua - release a batch after its transaction committed: append the batch's
-- dead-letter entries to {P}:dead, delete the in-flight list and drop the lease, atomically.
-- KEYS[1] {P}:inflight:<flusher id>   KEYS[2] {P}:leases   KEYS[3] {P}:dead
-- ARGV[1] flusher id   ARGV[2..] dead-letter entries (JSON texts)
-- Returns 1, or 0 when the in-flight list is gone: the lease expired and another flusher
-- took the batch back. Then nothing is dead-lettered here: that flusher processes the
-- records again (the table writes are idempotent) and dead-letters the poison ones once.
if redis.call('EXISTS', KEYS[1]) == 0 then
    redis.call('ZREM', KEYS[2], ARGV[1])
    return 0
end
for i = 2, #ARGV, 1000 do
    redis.call('RPUSH', KEYS[3], unpack(ARGV, i, math.min(i + 999, #ARGV)))
end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return 1
