-- requeue.lua - put this flusher's claimed batches (the whole in-flight list: the batch being
-- written and the one claimed behind it) back at the head of {P}:pending in their original
-- order (the first record first), delete the in-flight list and drop the lease, atomically.
-- Used when a batch's transaction failed or the run stops without writing it.
-- KEYS[1] {P}:inflight:<flusher id>   KEYS[2] {P}:pending   KEYS[3] {P}:leases
-- ARGV[1] flusher id
-- Returns the number of records put back (0 when nothing was in flight).
local n = 0
-- the tail goes first, so the batch's first record ends up at the very head
while redis.call('RPOPLPUSH', KEYS[1], KEYS[2]) do
    n = n + 1
end
redis.call('ZREM', KEYS[3], ARGV[1])
return n
