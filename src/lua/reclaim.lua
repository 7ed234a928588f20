-- reclaim.lua - take back the batches of flushers whose lease expired (they died or hung):
-- each expired in-flight list goes back to the head of {P}:pending in its original order,
-- the batch that was claimed first ending up first; the list and the lease are removed.
-- KEYS[1] {P}:leases   KEYS[2] {P}:pending
-- ARGV[1] the in-flight key prefix "{P}:inflight:" (the lease member is the flusher id)
-- The in-flight keys are derived here, not declared: they share the queue's hash tag, so
-- they live in the same Redis Cluster slot as the declared keys.
-- Returns the number of records taken back.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local expired = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. now)
local n = 0
-- newest first, each prepended: the oldest batch ends at the head
for i = #expired, 1, -1 do
    local key = ARGV[1] .. expired[i]
    while redis.call('RPOPLPUSH', key, KEYS[2]) do
        n = n + 1
    end
    redis.call('ZREM', KEYS[1], expired[i])
end
return n
