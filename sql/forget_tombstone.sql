-- forget_tombstone.sql - memflush forget, step 2: commit the tombstone that the fence trigger of
-- migrations/0003_forget.sql reads (public.memflush_fence): from this commit on, no INSERT or
-- COPY can store a turn of this user or conversation created before the horizon.
-- $1 'user' or 'conversation', $2 the id, $3 the horizon in Unix microseconds (Redis's clock).
-- A rerun never narrows an earlier horizon.
INSERT INTO public.memflush_tombstones AS t (kind, id, horizon)
VALUES ($1, $2, 'epoch'::timestamptz + $3::bigint * interval '1 microsecond')
ON CONFLICT (kind, id) DO UPDATE
    SET horizon = greatest(t.horizon, EXCLUDED.horizon), forgotten_at = now()
