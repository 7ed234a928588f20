-- forget_barrier.sql - memflush forget, step 3: wait for every transaction that was writing
-- the table when the tombstone committed. SHARE conflicts with the ROW EXCLUSIVE lock every
-- INSERT and COPY holds until its transaction ends, so this returns once they all ended; a
-- write that starts later runs its fence trigger after the tombstone committed and sees it.
-- The lock is released at once (COMMIT): the table is blocked for writes only while older
-- writers finish. {{timeout_ms}} is --statement-timeout-ms.
BEGIN; SET LOCAL lock_timeout = {{timeout_ms}}; LOCK TABLE {{table}} IN SHARE MODE; COMMIT
