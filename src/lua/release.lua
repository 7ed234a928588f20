-- release.lua - release a batch after its transaction committed: append the batch's
-- dead-letter entries to {P}:dead and remove the batch's records from the head of the
-- in-flight list (the whole list and the lease when nothing else is in flight), atomically.
-- Batches claimed later stay in the list, under the lease.
-- KEYS[1] {P}:inflight:<flusher id>   KEYS[2] {P}:leases   KEYS[3] {P}:dead
-- ARGV[1] flusher id   ARGV[2] records to release (the batch, at the head of the list)
-- ARGV[3] how many records the flusher believes its in-flight list holds
-- ARGV[4..] dead-letter entries (JSON texts)
-- Returns 1, or 0 when the in-flight list does not hold what the flusher believes (gone:
-- the lease expired and another flusher took the batches back). Then nothing is
-- dead-lettered or removed here: that flusher processes the records again (the table
-- writes are idempotent) and dead-letters the poison ones once.
local have = redis.call('LLEN', KEYS[1])
local count = tonumber(ARGV[2])
if have ~= tonumber(ARGV[3]) or have < count then
    if have == 0 then
        redis.call('ZREM', KEYS[2], ARGV[1])
    end
    return 0
end
for i = 4, #ARGV, 1000 do
    redis.call('RPUSH', KEYS[3], unpack(ARGV, i, math.min(i + 999, #ARGV)))
end
if count >= have then
    redis.call('DEL', KEYS[1])
    redis.call('ZREM', KEYS[2], ARGV[1])
else
    redis.call('LTRIM', KEYS[1], count, -1)
end
return 1
