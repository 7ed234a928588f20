/* memflush.pml - a SPIN model of memflush's delivery protocol (contract §3, docs/flush.md),
 * as the code does it: src/queue.c (the claim), src/flush.c (the batch pipeline), the Lua
 * scripts of src/lua/ and, behind -DFORGET, the design of `forget` (issue 21).
 * docs/testing.md, "Model checking", maps every step below to the function or script it
 * stands for: a change there points here.  Run: make model (tests/model/run.sh).
 *
 * Actors: a producer (save.lua), NF flusher processes running NRUNS flusher runs between
 * them (each run a fresh flusher id, as mf_open gives), each run may be SIGKILLed at any
 * step (the `unless` escape) and may stall past its lease at any point (the clock process
 * expires leases whenever it likes: every run is a potential zombie); PostgreSQL (the pg
 * process) that commits or fails each transaction on its own, may lose the reply of a
 * COMMIT (the outcome unknown to the client), and holds the unique cid constraint;
 * Redis scripts that may fail after or before they ran (reply lost: the transient-retry
 * path); with -DFORGET the forget actor; at the end the sweeper: one more flusher run,
 * without faults, once every lease has expired, which must drain everything.
 *
 * Bounds (each justified where it is defined below): NREC records, NF flushers, NRUNS
 * runs, BATCH records a batch, MAXCRASH kills, MAXPGF PostgreSQL faults, MAXRF Redis faults.
 * tests/model/run.sh checks several configurations, each exhaustive: one fault kind each
 * (a SIGKILL, a PostgreSQL fault, a Redis fault) with 2 records, batches of 1 and 2 flusher
 * runs; forget with 3 records and one flusher (plus a kill and a PostgreSQL fault); and,
 * with --deep, 3 records in batches of 2.  All faults at once in one search is beyond a CI
 * budget (more than 15 M states after 90 s and growing); a fault's recovery path is the
 * same code whichever other fault came first, which is why one kind at a time is kept.
 * With batches of 1 and 2 records the shapes that matter still occur: two batches in one
 * in-flight list (the overlap), a partial release (LTRIM), a claim that gets fewer records
 * than it asked for (nil LMOVEs), a poison record next to a good one. 
 * Not built yet, so not modelled: shards (a change of N) and follow mode (issues open);
 * hooks: the pending list is one List `pend`, so a shard is a second List and a claim that
 * picks one; follow mode is a producer-triggered wake-up of the same flush step.
 *
 * Abstractions (each sound for the properties: the model can do at least what the code can):
 * - time: lease expiry is an order (ranks by ZADD time), and the clock may expire the oldest
 *   live lease at any instant; renewals (renew.lua, the claim's ZADD) put a lease last.
 * - PostgreSQL: a batch is one transaction; its rows are staged when the statement starts
 *   (the BEFORE INSERT trigger sees the tombstones committed by then: the earliest, worst
 *   case) and applied at COMMIT under the unique cid constraint (ON CONFLICT DO NOTHING:
 *   a cid already there is skipped). The probe path for records PostgreSQL refuses
 *   (flush.c: failed -> mfp_pgwrite_probe) is not modelled: poison records are the ones the
 *   parser refuses (parse_batch), dead-lettered the same way, at release.
 * - the record format, the context lists, dedup inside a batch: not modelled (records are
 *   distinct ids 1..NREC, pushed in that order).
 */

/* ------------------------------------------------------------------ bounds */

/* 3 records: one poison, and with BATCH 2 a batch of two and one behind it, so the overlap
 * (two batches in one in-flight list), a partial release (LTRIM) and a claim that finds
 * fewer records than it asked for all happen; a fourth record adds no new shape. */
#ifndef NREC
#define NREC 3
#endif
#ifndef BATCH
#define BATCH 2
#endif
/* 2 flusher processes: every race is between two parties (claim vs reclaim, zombie vs its
 * reclaimer); a third only adds another of the same pair.  NRUNS runs between them (each
 * one a fresh flusher id): 2 in the checked configurations, one each, the second starting
 * at any point of the first one's life, so its start-of-run reclaim meets the first run's
 * lease in every state (live, expired, renewed, the run killed or a zombie); the sweeper is
 * a further run after everything.  3 runs (a restart while the other still runs) is over
 * 70 M states and is not checked. */
#ifndef NF
#define NF 2
#endif
#ifndef NRUNS
#define NRUNS 3
#endif
/* one SIGKILL, one PostgreSQL fault and one Redis fault per behaviour: every fault kind at
 * every step, and each combination of two different kinds; repeating a fault only repeats
 * a recovery already explored (the recovery paths are the same code). */
#ifndef MAXCRASH
#define MAXCRASH 1
#endif
#ifndef MAXPGF
#define MAXPGF 1
#endif
#ifndef MAXRF
#define MAXRF 1
#endif

#define NIDS (NRUNS + 1)   /* run ids, the sweeper's last */
#define NTX  (NIDS * 2)    /* two batch slots (and PostgreSQL transactions) per run */
#define SWID NRUNS
#define BIT(r) (1 << (r))
#define T(s) (me * 2 + (s))

/* which records are poison (refused by the parser -> dead letters), whose user is U */
#ifdef FORGET
#define POISON (BIT(3))
#define UMASK (BIT(1) | BIT(3))
#else
/* POISON_REC: the poison record (0: none, so that every batch has rows to write) */
#ifndef POISON_REC
#define POISON_REC 2
#endif
#define POISON (POISON_REC > 0 -> BIT(POISON_REC) : 0)
#define UMASK 0
#endif

/* ------------------------------------------------------------------ state */

typedef List { byte e[NREC]; byte n };

List pend;                 /* {P}:pending */
List inf[NIDS];            /* {P}:inflight:<run id> */
byte dead[NREC + 1];       /* {P}:dead: entries per record */
byte tbl[NREC + 1];        /* the table: rows per cid (unique) */
byte pushed;               /* records 1..pushed are in Redis */
byte lrank[NIDS];          /* {P}:leases: 0 none, else the rank of the expiry (1 = oldest) */
byte nleases, nexp;        /* leases, and how many of the oldest have expired */
bit touched[NIDS];         /* WATCH: the in-flight key changed since the claim's WATCH */
/* the batch slots of each run (flush.c: slot): records claimed, to write, poison, count,
 * lost (another flusher took the list back) */
byte sc[NTX], sg[NTX], sd[NTX], sn[NTX];
bit slost[NTX];
/* PostgreSQL transactions, one per slot: 0 none, 1 running, 2 committed, 3 failed; the
 * rows staged; orphan (its client died or dropped it: nobody reads the outcome) */
byte txs[NTX], txm[NTX];
bit txo[NTX];
byte nactive;              /* transactions running (forget's fence waits for them) */
byte ncrash, npgf, nrf;    /* faults used */
bit running[NIDS], killed[NIDS];  /* runs alive; the killer's SIGKILL pending */
byte nextid, ndone;        /* run ids handed out; flusher processes finished */
bit sweep;                 /* the sweeper runs: no more faults */
bit started;               /* the records pushed up front are in */
/* forget(U): records of U pushed before it started; Redis tombstone; PostgreSQL tombstone;
 * the SHARE lock held; forget started, returned */
byte preU;
bit rtomb, ptomb, flock, fstart, fdone;

hidden byte zq, zv, zt, zh, zk;   /* scratch, inside d_steps only */
hidden byte tmp[NREC];

#ifdef FORGET
#define FORGET_ON 1
#else
#define FORGET_ON 0
#endif
/* FORGET_NO_DEAD_CHECK: check the table only (not the dead list) at forget's return */
#ifdef FORGET_NO_DEAD_CHECK
#define FORGET_DEAD_CHECK(r)
#else
#define FORGET_DEAD_CHECK(r) && dead[r] == 0
#endif

#define LIVE(id) (lrank[id] > nexp)
#define DROPPED(r) (rtomb && (preU & BIT(r)))

/* ------------------------------------------------------------ list helpers */

inline pushback(L, x) { L.e[L.n] = x; L.n++ }
inline pushfront(L, x) {
    zq = L.n;
    do :: zq > 0 -> L.e[zq] = L.e[zq - 1]; zq-- :: else -> break od;
    L.e[0] = x; L.n++
}
inline popfront(L, out) {
    out = L.e[0]; zq = 1;
    do :: zq < L.n -> L.e[zq - 1] = L.e[zq]; zq++ :: else -> break od;
    L.n--; L.e[L.n] = 0; zq = 0
}
/* requeue.lua / reclaim.lua: `while RPOPLPUSH(src, pending)`: src's tail first, so src
 * ends at the head of pending in its own order; with the Redis tombstone (forget step 1)
 * the records of U saved before the horizon are dropped instead */
inline putback(src) {
    do
    :: src.n > 0 ->
        src.n--; zv = src.e[src.n]; src.e[src.n] = 0;
        if :: DROPPED(zv) -> skip :: else -> pushfront(pend, zv) fi
    :: else -> break
    od; zv = 0
}
/* MUT_REQUEUE_TAIL: the mutant that puts a batch back at the tail (RPOPLPUSH's mirror) */
inline putback_tail(src) {
    do
    :: src.n > 0 ->
        popfront(src, zv);
        if :: DROPPED(zv) -> skip :: else -> pushback(pend, zv) fi
    :: else -> break
    od; zv = 0
}
/* remove the records of `mask` from list L (forget step 3/5: LREM of each record) */
inline lremove(L, mask, changed) {
    zq = 0; zt = 0;
    do
    :: zq < L.n -> if :: (mask & BIT(L.e[zq])) -> changed = 1 :: else -> L.e[zt] = L.e[zq]; zt++ fi; zq++
    :: else -> break
    od;
    do :: zt < L.n -> L.n--; L.e[L.n] = 0 :: else -> break od;
    zq = 0; zt = 0
}

/* ----------------------------------------------------------- lease helpers */

/* ZREM {P}:leases id */
inline zrem(id) {
    if
    :: lrank[id] > 0 ->
        if :: lrank[id] <= nexp -> nexp-- :: else fi;
        zq = 0;
        do :: zq < NIDS -> if :: lrank[zq] > lrank[id] -> lrank[zq]-- :: else fi; zq++ :: else -> break od;
        lrank[id] = 0; nleases--; zq = 0
    :: else
    fi
}
/* ZADD {P}:leases now+lease id: the newest expiry of all */
inline zadd(id) { zrem(id); nleases++; lrank[id] = nleases }

/* ------------------------------------------------------------------ actors */

/* save.lua (RPUSH {P}:pending), one record at a time, in order.  The record's created_at is
 * its save time: forget's horizon tells before from after by it. */
/* PREPUSH records are pushed before any flusher starts, the rest while they run: a push
 * only appends at the tail, so what matters is that some pushes race the claims (a claim
 * that finds fewer records than the pending length it read, an empty queue that fills). */
#ifndef PREPUSH
#define PREPUSH 0
#endif
active proctype producer()
{
    d_step {
        do :: pushed < PREPUSH -> pushed++; pushback(pend, pushed);
                  if :: (UMASK & BIT(pushed)) -> preU = preU | BIT(pushed) :: else fi
           :: else -> break od;
        started = 1
    }
    do
    :: d_step {
           pushed < NREC -> pushed++; pushback(pend, pushed);
           if :: !fstart && (UMASK & BIT(pushed)) -> preU = preU | BIT(pushed) :: else fi
       }
    :: else -> break
    od
}

/* SIGKILL: any running run, at any step (between two atomic steps), MAXCRASH in all. */
#define KILL(i) :: d_step { running[i] && ncrash < MAXCRASH -> ncrash++; killed[i] = 1 }
active proctype killer()
{
end:
    do
    KILL(0) KILL(1)
#if NRUNS > 2
    KILL(2)
#endif
#if NRUNS > 3
#error "add KILL lines for NRUNS > 3"
#endif
    od
}

/* Time: the oldest live lease expires (its holder is dead or stalled: a zombie if it wakes). */
active proctype clock()
{
end:    do :: d_step { !sweep && nexp < nleases -> nexp++ } od
}

/* PostgreSQL COMMIT of transaction i: the staged rows applied under the unique cid
 * (ON CONFLICT (cid) DO NOTHING: a cid already there is skipped). */
#define APPLY(i) \
    zq = 1; \
    do :: zq <= NREC -> \
           if :: (txm[i] & BIT(zq)) && tbl[zq] == 0 -> \
                  assert(!(POISON & BIT(zq))); \
                  /* the forget property: nothing of U saved before forget started \
                   * reaches the table after forget returned */ \
                  assert(!(fdone && (preU & BIT(zq)))); \
                  tbl[zq] = 1 \
              :: else fi; zq++ \
       :: else -> break od; zq = 0; \
    nactive--; txm[i] = 0; txs[i] = 0; txo[i] = 0

/* PostgreSQL finishes the transactions nobody waits for any more (the client was killed, or
 * dropped the batch after a failure): a complete COPY commits on its own, or it is rolled
 * back.  The transactions a flusher waits for end in its AWAIT step: a transaction's effect
 * is seen by others only through the table (commits commute under the unique cid) and
 * forget's fence (which waits for it), so ending it there loses no behaviour. */
#define PGTX(i) \
    :: d_step { txs[i] == 1 && txo[i] -> APPLY(i) } \
    :: d_step { txs[i] == 1 && txo[i] -> nactive--; txm[i] = 0; txs[i] = 0; txo[i] = 0 }

active proctype pg()
{
end:
    do
    PGTX(0) PGTX(1) PGTX(2) PGTX(3)
#if NTX > 4
    PGTX(4) PGTX(5)
#endif
#if NTX > 6
    PGTX(6) PGTX(7)
#endif
#if NTX > 8
#error "add PGTX lines for NTX > 8"
#endif
    od
}

/* ------------------------------------------------------ the flusher's steps */

/* A Redis script or transaction (atomic): ran, answered (rerr 0); or the connection broke
 * before it ran, or after it ran with the reply lost (rerr 1; the client cannot tell). */
#define REDIS(body) \
    if \
    :: d_step { body; rerr = 0 } \
    :: d_step { !sweep && nrf < MAXRF -> nrf++; rerr = 1 } \
    :: d_step { !sweep && nrf < MAXRF -> nrf++; body; rerr = 1 } \
    fi

/* reclaim.lua (queue.c: mfp_queue_reclaim): every expired lease, newest first, its list
 * put back at the head of pending (so the oldest ends first), the list and lease removed. */
#ifdef MUT_RECLAIM_NO_LEASE
#define RECLAIM_UPTO nleases   /* mutant: takes live leases too */
#else
#define RECLAIM_UPTO nexp
#endif
#define RECLAIM_BODY \
    /* the postcondition: the lists taken, oldest lease first, each in its order (less what \
     * the tombstone drops), are the head of pending */ \
    zv = 0; zt = 1; \
    do \
    :: zt <= RECLAIM_UPTO -> \
        zh = 0; do :: lrank[zh] != zt -> zh++ :: else -> break od; \
        zq = 0; \
        do :: zq < inf[zh].n -> if :: !DROPPED(inf[zh].e[zq]) -> tmp[zv] = inf[zh].e[zq]; zv++ :: else fi; zq++ \
           :: else -> break od; \
        zt++ \
    :: else -> break \
    od; \
    zk = zv; zv = 0; zq = 0; \
    zt = RECLAIM_UPTO; \
    do \
    :: zt > 0 -> \
        zh = 0; do :: lrank[zh] != zt -> zh++ :: else -> break od; \
        if :: inf[zh].n > 0 -> touched[zh] = 1 :: else fi; \
        /* lease exclusivity: no run loses a batch it holds while its lease is live */ \
        zq = 0; do :: zq < 2 -> assert(!(LIVE(zh) && !slost[zh * 2 + zq] && sc[zh * 2 + zq] != 0)); zq++ \
                  :: else -> break od; zq = 0; \
        putback(inf[zh]); zrem(zh); zt-- \
    :: else -> break \
    od; zh = 0; \
    zq = 0; do :: zq < zk -> assert(pend.e[zq] == tmp[zq]); tmp[zq] = 0; zq++ :: else -> break od; \
    zq = 0; zk = 0

/* requeue.lua (mfp_queue_requeue): the whole in-flight list back at the head of pending in
 * its order, list and lease removed.  Checks its own postcondition: the list (less what
 * the tombstone drops) is the head of pending, in order. */
#ifdef MUT_REQUEUE_TAIL
#define PUTBACK putback_tail
#else
#define PUTBACK putback
#endif
#define REQUEUE_BODY \
    zt = 0; zq = 0; \
    do :: zq < inf[me].n -> if :: !DROPPED(inf[me].e[zq]) -> tmp[zt] = inf[me].e[zq]; zt++ :: else fi; zq++ \
       :: else -> break od; \
    if :: inf[me].n > 0 -> touched[me] = 1 :: else fi; \
    PUTBACK(inf[me]); zrem(me); \
    zq = 0; do :: zq < zt -> assert(pend.e[zq] == tmp[zq]); tmp[zq] = 0; zq++ :: else -> break od; \
    zq = 0; zt = 0

/* release.lua (mfp_queue_release): the ownership check, then the batch's dead letters
 * pushed and its records removed from the head of the list (DEL + ZREM when that is all). */
#ifdef MUT_RELEASE_NO_OWNER
#define OWNER_FAILS(s) 0
#else
#define OWNER_FAILS(s) (zh != expected || zh < sn[T(s)])
#endif
#define RELEASE_BODY(s) \
    zh = inf[me].n; \
    if \
    :: OWNER_FAILS(s) -> \
        if :: zh == 0 -> zrem(me) :: else fi; released = 0 \
    :: else -> \
        zq = 1; \
        do :: zq <= NREC -> \
               if :: (sd[T(s)] & BIT(zq)) -> \
                      assert(dead[zq] == 0); /* exactly once: never dead-lettered twice */ \
                      assert(!(fdone && (preU & BIT(zq)))); /* forget: nor after forget */ \
                      dead[zq]++ \
                  :: else fi; zq++ \
           :: else -> break od; \
        zt = 0; \
        do :: zt < sn[T(s)] && inf[me].n > 0 -> popfront(inf[me], zv); tmp[0] = tmp[0] | BIT(zv); zt++ \
           :: else -> break od; \
        /* the records removed are exactly the batch released */ \
        assert(tmp[0] == sc[T(s)]); tmp[0] = 0; zv = 0; zt = 0; \
        if :: inf[me].n == 0 -> zrem(me) :: else fi; \
        touched[me] = 1; released = 1 \
    fi; zh = 0

/* renew.lua (flush.c: maybe_renew, called when a third of the lease has passed: any time
 * here; best effort, a failure ignored): a new expiry while the list exists. */
#define MAYBE_RENEW \
    if \
    :: skip \
    :: d_step { if :: inf[me].n > 0 -> zadd(me) :: else fi } \
    fi

/* slot_clear (and drop_all's): a dropped slot's running transaction is orphaned */
#define SLOT_CLEAR(s) \
    d_step { sc[T(s)] = 0; sg[T(s)] = 0; sd[T(s)] = 0; sn[T(s)] = 0; slost[T(s)] = 0; \
             if :: txs[T(s)] == 1 -> txo[T(s)] = 1 :: else fi }

/* flush.c: requeue(): requeue.lua, retried through transient failures or given up (the list
 * stays in flight under its lease).  Sets fail on giving up. */
#define REQUEUE \
    do \
    :: REDIS(REQUEUE_BODY); \
       if \
       :: rerr == 0 -> needrq = 0; expected = 0; break \
       :: rerr -> if :: skip /* backoff, retry */ :: needrq = 1; fail = 1; break fi \
       fi \
    od

/* flush.c: drop_all + requeue (abandon, and committed's give-up path) */
#define ABANDON \
    SLOT_CLEAR(0); SLOT_CLEAR(1); sent = 0; overlap = 0; \
    REQUEUE; fail = 1

/* flush.c: committed(s): the batch is in the table: release it (retrying; on giving up put
 * everything back), then count it; released 0 = our list was taken back: every slot lost. */
#define COMMITTED(s) \
    MAYBE_RENEW; \
    released = 0; \
    do \
    :: slost[T(s)] -> break \
    :: else -> \
        REDIS(RELEASE_BODY(s)); \
        if \
        :: rerr == 0 -> break \
        :: rerr -> released = 0; \
            if :: skip /* backoff, retry */ \
               :: needrq = 1; SLOT_CLEAR(0); SLOT_CLEAR(1); sent = 0; overlap = 0; \
                  REQUEUE; fail = 1; break \
            fi \
        fi \
    od; \
    if \
    :: fail -> skip \
    :: else -> \
        if \
        :: released -> expected = expected - sn[T(s)] \
        :: else -> expected = 0; needrq = 1; d_step { slost[T(0)] = 1; slost[T(1)] = 1 } \
        fi; \
        overlap = 1; SLOT_CLEAR(s) \
    fi; released = 0

/* flush.c: await_sent(s): wait for the transaction's outcome; COMMIT's reply may be lost
 * (committed, but the client sees a broken connection).  A failure is not one a record
 * caused (no probe): everything in hand is put back (abandon). */
#define AWAIT(s) \
    sent = 0; \
    if \
    :: d_step { txs[T(s)] == 1 -> APPLY(T(s)); rerr = 0 } \
    :: d_step { txs[T(s)] == 1 && !sweep && npgf < MAXPGF -> npgf++; APPLY(T(s)); rerr = 1 } \
    :: d_step { txs[T(s)] == 1 && !sweep && npgf < MAXPGF -> npgf++; \
                nactive--; txm[T(s)] = 0; txs[T(s)] = 0; rerr = 1 } \
    fi; \
    if :: rerr -> rerr = 0; ABANDON :: else fi

/* pgwrite send: the transaction starts (waits while forget holds its SHARE lock); the rows
 * of U saved before the horizon are skipped by the trigger once the tombstone is committed */
#define SEND(s) \
    MAYBE_RENEW; \
    d_step { txs[T(s)] == 0 && !flock -> \
             txs[T(s)] = 1; nactive++; \
             txm[T(s)] = sg[T(s)] & ~(ptomb -> preU : 0) }; \
    sent = (s) + 1

#define COMPLETE(s) AWAIT(s); if :: !fail -> COMMITTED(s) :: else fi

/* ------------------------------------------------------------- the flusher */

/* One flusher process: runs of mf_flush, each with a fresh id, until the ids run out or it
 * stops.  sw: the sweeper (the last run, no faults, after everything else). */
proctype flusher(bit sw)
{
    byte me, expected, m, k, got, have, pn, a, b, sent;
    bit needrq, overlap, rerr, fail, released, lost, send;
    started;

    if
    :: sw -> (ndone == NF && pushed == NREC && nactive == 0 && (fdone || !FORGET_ON));
        d_step { sweep = 1; nexp = nleases; me = SWID }
        goto newrun
    :: else
    fi;
next:
    if
    :: d_step { nextid < NRUNS -> me = nextid; nextid++; running[me] = 1 }
    :: true -> goto finish /* this process stops */
    fi;
newrun:
    {
        needrq = 1; expected = 0; overlap = 0; sent = 0;
        /* mf_flush: with_retry(mfp_queue_reclaim) */
        do
        :: REDIS(RECLAIM_BODY);
           if :: rerr == 0 -> break :: else -> rerr = 0; if :: skip :: goto run_end fi fi
        od;
        /* mf_flush's loop of flush_step; fail -> backoff: retry, or give up (exit 1) */
step:
        fail = 0; a = sent;
        if
        :: a != 0 && !overlap ->
            a = a - 1; COMPLETE(a); goto step_end
        :: else
        fi;
        if
        :: a == 0 && needrq -> REQUEUE; if :: fail -> goto step_end :: else fi
        :: else
        fi;
        /* b: the other slot than the one sent */
        if :: a == 1 -> b = 1 :: else -> b = 0 fi;
        if :: a != 0 -> a = a - 1 :: else -> a = 2 fi;   /* a: slot index, 2 = none */
        SLOT_CLEAR(b);
        /* mfp_queue_claim, round trip 1: WATCH in-flight, LLEN in-flight, LLEN pending, TIME */
        d_step { touched[me] = 0; have = inf[me].n; pn = pend.n; lost = 0; k = 0; got = 0 }
        if
        :: have != expected || pn == 0 ->
            lost = have != expected;  /* UNWATCH */
            have = 0; pn = 0
        :: else ->
            if :: pn < BATCH -> m = pn :: else -> m = BATCH fi;
            /* round trip 2: MULTI, m x LMOVE pending -> in-flight, ZADD lease, EXEC (nil
             * when the WATCH fired).  Lease exclusivity: no record taken is held by a run
             * whose lease is live. */
            REDIS(
                if
                :: touched[me] -> lost = 1
                :: else ->
                    k = 0; got = 0;
                    do
                    :: k < m && pend.n > 0 ->
                        popfront(pend, zv);
                        zt = 0;
                        do :: zt < NTX -> assert(!(zt / 2 != me && LIVE(zt / 2) && !slost[zt] && (sc[zt] & BIT(zv)))); zt++
                           :: else -> break od; zt = 0;
                        pushback(inf[me], zv); got = got | BIT(zv); k++
                    :: else -> break
                    od; zv = 0;
                    zadd(me)
                fi);
            have = 0; pn = 0; m = 0;
            if
            :: rerr == 0 && !lost && k == 0 && expected == 0 ->
                /* raced to an empty queue: ZREM the lease just taken */
                REDIS(zrem(me))
            :: else
            fi
        fi;
        if
        :: rerr ->
            /* the claim may have happened */
            rerr = 0; lost = 0; k = 0; got = 0; needrq = 1;
            if :: a != 2 -> COMPLETE(a) :: else fi;
            fail = 1; goto step_end
        :: lost ->
            lost = 0; needrq = 1; expected = 0;
            if :: a == 2 -> goto step_end :: else fi;
            d_step { slost[T(a)] = 1 };
            COMPLETE(a); goto step_end
        :: k == 0 ->
            if :: a == 2 -> goto idle :: else fi;
            COMPLETE(a); goto step_end
        :: else
        fi;
        /* claimed k records: parse_batch (poison -> the slot's dead letters) */
        d_step { sn[T(b)] = k; sc[T(b)] = got; sg[T(b)] = got & ~POISON; sd[T(b)] = got & POISON;
                 expected = expected + k; k = 0; got = 0 }
        if
        :: a == 2 ->
            /* start_write */
            if
            :: sg[T(b)] == 0 -> COMMITTED(b)
            :: else -> SEND(b)
            fi
        :: else ->
            /* rotate(a, b): with two connections b is sent before a's commit is read */
            send = !slost[T(b)] && sg[T(b)] != 0;
#ifndef PG1
            if :: send -> SEND(b) :: else fi;
#endif
            AWAIT(a);   /* sets sent = 0 */
            if :: fail -> goto step_end :: else fi;
#ifdef PG1
            /* one connection (--pg-connections 1, or no direct COPY): b after a's commit */
            if :: send -> SEND(b) :: else fi;
#endif
            if :: send -> sent = b + 1 :: else fi;
            COMMITTED(a);
            if :: fail -> goto step_end :: else fi;
            if
            :: slost[T(b)] ->
                if
                :: sent == b + 1 -> COMPLETE(b)
                :: else -> SLOT_CLEAR(b)
                fi
            :: else ->
                if :: sg[T(b)] == 0 -> COMMITTED(b) :: else fi
            fi
        fi;
step_end:
        a = 0; b = 0; send = 0;
        if
        :: fail -> fail = 0; if :: skip -> goto step :: goto run_end fi
        :: else -> goto step
        fi;
idle:
        /* flush_step returned 0: the queue is empty and nothing is in hand */
        a = 0; b = 0;
        if
        :: sw ->
            /* everything drained: nothing pending, nothing in flight, no lease; every record
             * exactly once in the table or the dead list (the forgotten ones nowhere) */
            d_step {
                assert(pend.n == 0 && nleases == 0);
                zq = 0; do :: zq < NIDS -> assert(inf[zq].n == 0); zq++ :: else -> break od;
                zq = 1;
                do
                :: zq <= NREC ->
                    if
                    :: (preU & BIT(zq)) -> assert(tbl[zq] == 0 FORGET_DEAD_CHECK(zq))
                    :: else -> assert(tbl[zq] + dead[zq] == 1 && ((POISON & BIT(zq)) -> dead[zq] : tbl[zq]) == 1)
                    fi; zq++
                :: else -> break
                od; zq = 0
            }
        :: else
        fi;
run_end:
        running[me] = 0
    } unless {
        /* SIGKILL (the killer chose this run): the run's memory is gone, its transactions
         * finish without it.  (An escape takes precedence in Promela, so the choice of the
         * step is the killer's, made by interleaving.) */
        d_step { killed[me] -> killed[me] = 0; running[me] = 0;
                 zq = 0; do :: zq < 2 -> sc[T(zq)] = 0; sg[T(zq)] = 0; sd[T(zq)] = 0; sn[T(zq)] = 0; slost[T(zq)] = 0;
                                      if :: txs[T(zq)] == 1 -> txo[T(zq)] = 1 :: else fi;
                                      zq++
                            :: else -> break od; zq = 0 }
    };
    d_step { expected = 0; m = 0; k = 0; got = 0; have = 0; pn = 0; a = 0; b = 0; sent = 0;
             needrq = 0; overlap = 0; rerr = 0; fail = 0; released = 0; lost = 0; send = 0 }
    if :: sw -> goto finish :: else -> goto next fi;
finish:
    if :: !sw -> ndone++ :: else fi
}

#ifdef FORGET
/* forget(U), the design of issue 21 (src/forget.c when it lands; until then this is the
 * contract the implementation must keep):
 *   (0) the horizon: records of U saved before it are forgotten (their created_at)
 *   (1) a Redis tombstone for U that requeue.lua and reclaim.lua honour (DROPPED)
 *   (2) a PostgreSQL tombstone (U, horizon) committed: a BEFORE INSERT trigger skips rows of
 *       U saved before the horizon (SEND stages the rows)
 *   (3) U's records removed from the in-flight lists, the dead list, (the context lists) and
 *       pending: one atomic Redis step each, in that order
 *   (4) the fence: LOCK TABLE ... IN SHARE MODE waits for the writers in progress (and keeps
 *       new ones out) then DELETEs U's rows saved before the horizon, COMMIT
 *   (5) the in-flight lists scanned again
 * Property: after it returns, no record of U saved before it started is in the table (nor
 * ever gets there: checked at every COMMIT) nor in the dead list; records saved after are
 * stored normally (the sweeper's exactly-once check covers them). */
active proctype forget()
{
    bit ch;
    started;
    d_step { fstart = 1 }
    d_step { rtomb = 1 }
    d_step { ptomb = 1 }
    d_step { zh = 0; do :: zh < NIDS -> ch = 0; lremove(inf[zh], preU, ch); if :: ch -> touched[zh] = 1 :: else fi; zh++
                       :: else -> break od; zh = 0; ch = 0 }
    d_step { zq = 1; do :: zq <= NREC -> if :: (preU & BIT(zq)) -> dead[zq] = 0 :: else fi; zq++ :: else -> break od; zq = 0 }
    d_step { lremove(pend, preU, ch); ch = 0 }
#ifndef MUT_FORGET_NO_FENCE
    d_step { nactive == 0 && !flock -> flock = 1 }
#endif
    d_step { zq = 1; do :: zq <= NREC -> if :: (preU & BIT(zq)) -> tbl[zq] = 0 :: else fi; zq++ :: else -> break od; zq = 0;
             flock = 0 }
    d_step { zh = 0; do :: zh < NIDS -> ch = 0; lremove(inf[zh], preU, ch); if :: ch -> touched[zh] = 1 :: else fi; zh++
                       :: else -> break od; zh = 0; ch = 0 }
    /* FORGET_DEAD_RESCAN: step 5 also scans the dead list again (the fix of the finding that
     * a flusher that claimed a record of U after the in-flight scan and before the pending
     * one dead-letters it after the dead-list scan; see docs/testing.md) */
#ifdef FORGET_DEAD_RESCAN
    d_step { zq = 1; do :: zq <= NREC -> if :: (preU & BIT(zq)) -> dead[zq] = 0 :: else fi; zq++ :: else -> break od; zq = 0 }
#endif
    d_step {
        fdone = 1;
        zq = 1;
        do :: zq <= NREC -> assert(!(preU & BIT(zq)) || (tbl[zq] == 0 FORGET_DEAD_CHECK(zq))); zq++
           :: else -> break od; zq = 0
    }
}
#endif

init
{
    byte i;
    atomic {
        do :: i < NF -> run flusher(0); i++ :: else -> break od;
        run flusher(1)
    }
}
