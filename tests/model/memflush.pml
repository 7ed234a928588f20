/* memflush.pml - a SPIN model of memflush's delivery protocol (contract §3, docs/flush.md),
 * as the code does it: src/queue.c (the claim), src/flush.c (the batch pipeline), the Lua
 * scripts of src/lua/ and, behind -DFORGET, `memflush forget` (src/forget.c, forget_*.lua,
 * sql/forget_*.sql, the fence trigger of migrations/0003_forget.sql; docs/forget.md).
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
 * path); with -DFORGET the forget actor (killed midway at most MAXFK times, then rerun);
 * with -DREPLAY one `memflush dlq replay`; at the end the sweeper: one more flusher run,
 * without faults, once every lease has expired, which must drain everything.
 *
 * Bounds (each justified where it is defined below): NREC records, NF flushers, NRUNS
 * runs, BATCH records a batch, MAXCRASH kills, MAXPGF PostgreSQL faults, MAXRF Redis faults.
 * tests/model/run.sh checks several configurations, each exhaustive: one fault kind each
 * (a SIGKILL, a PostgreSQL fault, a Redis fault) with 2 records, batches of 1 and 2 flusher
 * runs; forget with 3 records and one flusher run (a kill of the run and one of forget, or
 * a PostgreSQL fault); and,
 * with --deep, 3 records in batches of 2.  All faults at once in one search is beyond a CI
 * budget (more than 15 M states after 90 s and growing); a fault's recovery path is the
 * same code whichever other fault came first, which is why one kind at a time is kept.
 * With batches of 1 and 2 records the shapes that matter still occur: two batches in one
 * in-flight list (the overlap), a partial release (LTRIM), a claim that gets fewer records
 * than it asked for (nil LMOVEs), a poison record next to a good one. 
 * Shards (a change of N) and follow mode: -DSHARDS and -DFOLLOW, at the end of this file;
 * the rest of the file is the one-queue model (each shard runs its steps on its own keys).
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
 * - forget's horizon (Redis TIME) and created_at (the producer's clock) are one clock: a
 *   record is before the horizon when it was pushed before forget_begin.lua ran (docs/forget.md
 *   assumes clocks in step).
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

#if !defined(SHARDS) && !defined(FOLLOW)
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
/* forget(U) (src/forget.c): preU, the records of U saved before the horizon of the latest
 * forget_begin.lua (a rerun takes a later horizon: a superset); rtomb, the Redis tombstone
 * ({P}:forget holds U); pmask, the records before the horizon of the PostgreSQL tombstone
 * (memflush_tombstones, read by the fence trigger); dph, U's dead letters replaced by the
 * placeholder; frun, a forget run is in progress (killable); fkilled, its SIGKILL pending;
 * fdone, forget returned (fpushed: records pushed by then) */
byte preU, pmask, dph, fpushed, nfk;
bit rtomb, frun, fkilled, fdone;

hidden byte zq, zv, zt, zh, zk;   /* scratch, inside d_steps only */
hidden byte tmp[NREC];

#ifdef FORGET
#define FORGET_ON 1
#else
#define FORGET_ON 0
#endif

#define LIVE(id) (lrank[id] > nexp)
/* a placeholder (forget_scan.lua's "memflush:forgotten[:<sha1>]") is the record's id with PH
 * set: the list keeps its length, the flusher that claimed the record keeps the record */
#define PH 64
#define REC(x) ((x) & 63)
#define ISPH(x) (((x) & PH) != 0)
/* reclaim.lua (also requeue) drops placeholders, and every record of U while the Redis
 * tombstone is there (whatever its created_at: `forgotten` looks at the user only) */
#define DROPPED(x) (ISPH(x) || (rtomb && (UMASK & BIT(REC(x)))))
#ifndef MAXFK
#define MAXFK 1
#endif

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
/* reclaim.lua (also requeue: ARGV[2]): each list from its tail, LPUSH to pending, so it ends
 * at the head of pending in its own order; placeholders are dropped, and while the Redis
 * tombstone is there (forget step 1) every record of U */
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
        do :: pushed < PREPUSH -> pushed++; pushback(pend, pushed)
           :: else -> break od;
        started = 1
    }
    do
    :: d_step {
           pushed < NREC -> pushed++; pushback(pend, pushed)
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
    /* SIGKILL of forget (MAXFK in all): it is run again (see forget below) */
    :: d_step { frun && nfk < MAXFK -> nfk++; fkilled = 1 }
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

/* requeue: reclaim.lua with the flusher id (mfp_queue_requeue): the whole in-flight list back at the head of pending in
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
/* The dead letter of a record is dropped (forget) when the batch's part of the list holds
 * its placeholder (forget replaced it while the flusher held it: `gone`) or, unless
 * MUT_RELEASE_NO_TOMB, while the Redis tombstone names its user. */
#ifdef MUT_RELEASE_NO_TOMB
#define REL_TOMB(r) 0
#else
#define REL_TOMB(r) (rtomb && (UMASK & BIT(r)))
#endif
/* MUT_RELEASE_NO_GONE: release.lua without its placeholder check (`gone`) */
#ifdef MUT_RELEASE_NO_GONE
#define REL_GONE(x) 0
#else
#define REL_GONE(x) ISPH(x)
#endif
#define RELEASE_BODY(s) \
    zh = inf[me].n; \
    if \
    :: OWNER_FAILS(s) -> \
        if :: zh == 0 -> zrem(me) :: else fi; released = 0 \
    :: else -> \
        zt = 0; tmp[1] = 0; \
        do :: zt < sn[T(s)] -> if :: REL_GONE(inf[me].e[zt]) -> tmp[1] = tmp[1] | BIT(REC(inf[me].e[zt])) :: else fi; zt++ \
           :: else -> break od; zt = 0; \
        zq = 1; \
        do :: zq <= NREC -> \
               if :: (sd[T(s)] & BIT(zq)) && ((tmp[1] & BIT(zq)) || REL_TOMB(zq)) -> skip \
                  :: (sd[T(s)] & BIT(zq)) && !((tmp[1] & BIT(zq)) || REL_TOMB(zq)) -> \
                      assert(dead[zq] == 0); /* exactly once: never dead-lettered twice */ \
                      assert(!(fdone && (preU & BIT(zq)))); /* forget: nor after forget */ \
                      dead[zq]++ \
                  :: else fi; zq++ \
           :: else -> break od; \
        zt = 0; \
        do :: zt < sn[T(s)] && inf[me].n > 0 -> popfront(inf[me], zv); tmp[0] = tmp[0] | BIT(REC(zv)); zt++ \
           :: else -> break od; tmp[1] = 0; \
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

/* flush.c: requeue(): reclaim.lua as requeue, retried through transient failures or given up (the list
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

/* pgwrite send: the transaction starts (its INSERT/COPY takes ROW EXCLUSIVE: forget's barrier
 * waits for it); the fence trigger (memflush_fence, AFTER INSERT FOR EACH STATEMENT, deleting
 * the rows just inserted of a tombstoned user created before the horizon) is modelled at the
 * statement's start, the earliest it can read the tombstones (the worst case: it sees the
 * fewest). The barrier's lock is granted and released at once, so the model lets a write
 * start at any time (a writer queued behind the LOCK only waits longer). */
#ifdef MUT_NO_TRIGGER
#define FENCED 0
#else
#define FENCED pmask
#endif
#define SEND(s) \
    MAYBE_RENEW; \
    d_step { txs[T(s)] == 0 -> \
             txs[T(s)] = 1; nactive++; \
             txm[T(s)] = sg[T(s)] & ~FENCED }; \
    sent = (s) + 1

#define COMPLETE(s) AWAIT(s); if :: !fail -> COMMITTED(s) :: else fi

/* ------------------------------------------------------------- the flusher */

/* One flusher process: runs of mf_flush, each with a fresh id, until the ids run out or it
 * stops.  sw: the sweeper (the last run, no faults, after everything else). */
proctype flusher(bit sw)
{
    byte me, expected, m, k, got, phg, have, pn, a, b, sent;
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
                    k = 0; got = 0; phg = 0;
                    do
                    :: k < m && pend.n > 0 ->
                        popfront(pend, zv);
                        zt = 0;
                        do :: zt < NTX -> assert(!(zt / 2 != me && LIVE(zt / 2) && !slost[zt] && (sc[zt] & BIT(REC(zv))))); zt++
                           :: else -> break od; zt = 0;
                        /* a placeholder claimed from pending: the parser refuses it, its
                         * dead letter ("memflush:forgotten") is dropped by release.lua */
                        if :: ISPH(zv) -> phg = phg | BIT(REC(zv)) :: else fi;
                        pushback(inf[me], zv); got = got | BIT(REC(zv)); k++
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
            rerr = 0; lost = 0; k = 0; got = 0; phg = 0; needrq = 1;
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
        d_step { sn[T(b)] = k; sc[T(b)] = got; sg[T(b)] = got & ~POISON & ~phg; sd[T(b)] = got & POISON & ~phg;
                 expected = expected + k; k = 0; got = 0; phg = 0 }
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
             * exactly once in the table or the dead list; of U: the ones saved before the
             * horizon nowhere, the ones saved while forget ran at most once (reclaim.lua and
             * forget_scan.lua remove every record of U, whatever its created_at:
             * docs/forget.md), the ones saved after it returned exactly once */
            d_step {
                assert(pend.n == 0 && nleases == 0 && dph == 0);
                zq = 0; do :: zq < NIDS -> assert(inf[zq].n == 0); zq++ :: else -> break od;
                zq = 1;
                do
                :: zq <= NREC ->
                    if
                    :: (preU & BIT(zq)) -> assert(tbl[zq] == 0 && dead[zq] == 0)
                    :: !(preU & BIT(zq)) && (UMASK & BIT(zq)) && zq <= fpushed ->
                        assert(tbl[zq] + dead[zq] <= 1 && !((POISON & BIT(zq)) && tbl[zq]))
                    :: !(preU & BIT(zq)) && !((UMASK & BIT(zq)) && zq <= fpushed) -> assert(tbl[zq] + dead[zq] == 1 && ((POISON & BIT(zq)) -> dead[zq] : tbl[zq]) == 1)
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
    d_step { expected = 0; m = 0; k = 0; got = 0; phg = 0; have = 0; pn = 0; a = 0; b = 0; sent = 0;
             needrq = 0; overlap = 0; rerr = 0; fail = 0; released = 0; lost = 0; send = 0 }
    if :: sw -> goto finish :: else -> goto next fi;
finish:
    if :: !sw -> ndone++ :: else fi
}

#ifdef REPLAY
/* memflush dlq replay (src/dlq.c, dlq_replay.lua), once, at any time before the sweeper: the
 * dead letters move to the tail of pending, in one atomic step; while the Redis tombstone is
 * there, U's leave the dead list without reaching pending; a placeholder is not a valid entry
 * and stays (forget_end.lua removes it). */
#if NREC != 3
#error "REPLAY is written for NREC 3"
#endif
/* MUT_REPLAY_NO_TOMB: dlq_replay.lua without its tombstone check */
#ifdef MUT_REPLAY_NO_TOMB
#define REPLAY_TOMB(r) 0
#else
#define REPLAY_TOMB(r) (rtomb && (UMASK & BIT(r)))
#endif
active proctype replay()
{
    started;
end:
    d_step {
        !sweep && (dead[1] || dead[2] || dead[3]) ->
        zq = 1;
        do :: zq <= NREC ->
               if
               :: dead[zq] -> dead[zq] = 0; if :: REPLAY_TOMB(zq) -> skip :: else -> pushback(pend, zq) fi
               :: else
               fi; zq++
           :: else -> break od; zq = 0
    }
}
#endif

#ifdef FORGET
/* remove the placeholders (PH) from list L: forget_end.lua's LREM */
inline lrem_ph(L) {
    zq = 0; zt = 0;
    do
    :: zq < L.n -> if :: ISPH(L.e[zq]) -> skip :: else -> L.e[zt] = L.e[zq]; zt++ fi; zq++
    :: else -> break
    od;
    do :: zt < L.n -> L.n--; L.e[L.n] = 0 :: else -> break od;
    zq = 0; zt = 0
}
/* forget_scan.lua's replacement: U's records in list L (not placeholders) -> placeholders */
inline lset_ph(L, from, to, changed) {
    zq = from;
    do
    :: zq < to -> if :: !ISPH(L.e[zq]) && (UMASK & BIT(L.e[zq])) -> L.e[zq] = L.e[zq] | PH; changed = 1 :: else fi; zq++
    :: else -> break
    od; zq = 0
}

/* memflush forget --user-id U --yes (src/forget.c: mf_forget), step by step:
 *   1 forget_begin.lua: the Redis tombstone and the horizon, one atomic step (preU: the
 *     records of U pushed by then; a rerun's horizon is later: a superset)
 *   2 sql/forget_tombstone.sql committed: from here the fence trigger skips those rows (pmask)
 *   3 sql/forget_barrier.sql: LOCK ... IN SHARE MODE granted once no transaction writes the
 *     table (nactive == 0), released at once (MUT_FORGET_NO_FENCE: no barrier)
 *   4 sql/forget_delete.sql until it deletes nothing: one row a transaction (the smallest
 *     batch: every commit of a flusher can fall between two)
 *   5 forget_ctx.lua (context lists: not modelled, no flusher reads them); forget_scan.lua
 *     over pending from the tail, one record a window (SCAN_WINDOW is 1000: 1 is every
 *     interleaving a window allows), done once the window reached the head; forget_leases.lua
 *     (the members of {P}:leases) then forget_scan.lua "inflight" over each of those lists,
 *     one atomic step each (placeholders that keep the list's length); forget_scan.lua over
 *     the dead list (atomic here: with one poison record the dead list holds at most one
 *     entry, so one window is the whole list)
 *   6 forget_end.lua: the placeholders out of pending and dead, the tombstone off (HDEL), one
 *     atomic step; forget returns.
 * It may be SIGKILLed at any step (the killer, MAXFK): the tombstones stay, and it is run
 * again from step 1 (what docs/forget.md tells the operator; a Redis or PostgreSQL error
 * that makes it return early is the same as a kill at that step).
 * The property, at its return: no record of U saved before the horizon is in the table, in
 * pending, in an in-flight list (as a record: its placeholder may be there, the flusher may
 * hold it in memory: fenced) or in the dead list; and never after: APPLY and RELEASE_BODY
 * assert it at every commit and dead letter, the sweeper at the end. */
active proctype forget()
{
    bit ch, fin;
    byte hU, cur, ls;
    started;
    do
    :: fdone -> break
    :: else ->
    {
        d_step { frun = 1; rtomb = 1;
                 zq = 1; do :: zq <= pushed -> hU = hU | (UMASK & BIT(zq)); zq++ :: else -> break od; zq = 0;
                 preU = preU | hU }
        d_step { pmask = pmask | hU }
#ifndef MUT_FORGET_NO_FENCE
        d_step { nactive == 0 }
#endif
        do
        :: !fin ->
           d_step {
               zk = 0; zq = 1;
               do :: zq <= NREC -> if :: zk == 0 && (hU & BIT(zq)) && tbl[zq] -> tbl[zq] = 0; zk = 1 :: else fi; zq++
                  :: else -> break od;
               fin = !zk; zk = 0; zq = 0 }
        :: fin -> fin = 0; break
        od;
        /* pending, from the tail (cur: records scanned, counted from the tail) */
        cur = 0;
        do
        :: !fin ->
           d_step {
               if
               :: pend.n > cur -> zh = pend.n - cur - 1; lset_ph(pend, zh, zh + 1, ch); ch = 0;
                  cur++; fin = (zh == 0); zh = 0
               :: else -> fin = 1
               fi }
        :: fin -> break
        od;
        fin = 0; cur = 0;
        /* the in-flight lists of the flushers that hold a lease now, each in one step */
        d_step { zq = 0; do :: zq < NIDS -> if :: lrank[zq] > 0 -> ls = ls | BIT(zq) :: else fi; zq++ :: else -> break od; zq = 0 }
        cur = 0;
        do
        :: cur < NIDS -> d_step { if :: (ls & BIT(cur)) -> lset_ph(inf[cur], 0, inf[cur].n, ch); if :: ch -> touched[cur] = 1 :: else fi; ch = 0 :: else fi;
                    cur++ }
        :: else -> break
        od;
        cur = 0; ls = 0;
        /* the dead list */
        d_step { zq = 1; do :: zq <= NREC -> if :: dead[zq] && (UMASK & BIT(zq)) -> dead[zq] = 0; dph = dph | BIT(zq) :: else fi; zq++
                            :: else -> break od; zq = 0 }
        /* forget_end.lua; forget returns */
        d_step {
            lrem_ph(pend); dph = 0; rtomb = 0; frun = 0; fdone = 1; fpushed = pushed;
            zq = 1;
            do :: zq <= NREC ->
                   if
                   :: (preU & BIT(zq)) ->
                       assert(tbl[zq] == 0 && dead[zq] == 0);
                       zh = 0; do :: zh < pend.n -> assert(pend.e[zh] != zq); zh++ :: else -> break od;
                       zk = 0;
                       do :: zk < NIDS -> zh = 0; do :: zh < inf[zk].n -> assert(inf[zk].e[zh] != zq); zh++ :: else -> break od; zk++
                          :: else -> break od
                   :: else
                   fi; zq++
               :: else -> break od;
            zq = 0; zh = 0; zk = 0; hU = 0
        }
    } unless {
        d_step { fkilled -> fkilled = 0; frun = 0; hU = 0; cur = 0; ls = 0; ch = 0; fin = 0 }
    }
    od
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
#else
/* ============================================================ -DSHARDS, -DFOLLOW
 * Sharded queues with a change of N (src/layout.c, src/flush.c: shards_to_drain,
 * mfp_layout_all) and follow mode (src/follow.c, src/qwait.c).  These configurations check
 * what is new with them: which lists a flusher drains, where a save goes, and the follow
 * wait; a flusher's claim of one record is one atomic step (pop the head of a shard's
 * pending into its in-flight hand) and its write and release another.  Everything the
 * one-queue model above checks (leases, zombies, WATCH, PostgreSQL and Redis faults, forget)
 * happens per shard with the same scripts on the same keys of that shard: no script moves a
 * record between shards, so it is not repeated here.  A SIGKILL is kept (MAXCRASH) because
 * the reclaim that undoes it runs per shard, from the run's list of shards, and in follow
 * mode on the follower's schedule.
 *
 * Lists: L_ONE is {P} (N = 1: the unsharded keys), L_S0 and L_S1 the shards 0 and 1 of N = 2.
 * Records 1..NREC, in save order; two conversations: the odd records are conversation A
 * (crc32 mod 2 = 0), the even ones B (mod 2 = 1); record POISON_REC is poison (the dead list).
 * Bounds: 3 records (A1 B2 A3: two of one conversation so order within a shard can break, one
 * of the other so the two shards of N = 2 both fill), 2 flusher processes with NRUNS runs
 * between them (a run that read the registry before the producer's SADD next to one that read
 * it after), one change of N at any point between two saves, one SIGKILL.  A third record of
 * a conversation or a third flusher adds only more of the same interleavings.
 */
#define L_ONE 0
#define L_S0 1
#define L_S1 2
#define NL 3
#ifndef NFROM
#define NFROM 1          /* the producer's N before the change */
#endif
#ifndef NTO
#define NTO 2            /* and after it */
#endif
#ifndef NCFG0
#define NCFG0 NTO        /* MEMFLUSH_SHARDS of flusher process 0 */
#endif
#ifndef NCFG1
#define NCFG1 NFROM      /* and of flusher process 1 (a flusher not restarted yet) */
#endif
#ifndef POISON_REC
#define POISON_REC 2
#endif
#undef NF
#define NF 2
#define BIT(r) (1 << (r))
#define CONV(r) (((r) - 1) % 2)
/* mfp_shard_of: N <= 1 -> {P}; else crc32(cid) mod N */
#define LIST_OF(n, r) ((n) <= 1 -> L_ONE : L_S0 + CONV(r))

typedef List { byte e[NREC]; byte n };
List q[NL];                /* the lists' pending */
byte tbl[NREC + 1];        /* the table: rows per cid */
byte dead[NREC + 1];       /* the dead list: entries per record */
byte reg;                  /* {P}:shards: BIT(N) for every N saved with (N > 1: SADD) */
byte pushed;
#define NH (NF + 1)       /* the flusher processes, and the follower or the sweeper */
byte hand[NH], handl[NH];  /* a run's claimed record (its in-flight list) and its shard */
bit hdead[NH];             /* its holder was SIGKILLed: its lease will expire */
byte ncrash, ndone;
bit waiting;               /* the follower is between rounds */
hidden byte zq, zv, zt;
hidden List wsnap;

inline pushback(L, x) { L.e[L.n] = x; L.n++ }
inline pushfront(L, x) {
    zq = L.n;
    do :: zq > 0 -> L.e[zq] = L.e[zq - 1]; zq-- :: else -> break od;
    L.e[0] = x; L.n++; zq = 0
}
inline popfront(L, out) {
    out = L.e[0]; zq = 1;
    do :: zq < L.n -> L.e[zq - 1] = L.e[zq]; zq++ :: else -> break od;
    L.n--; L.e[L.n] = 0; zq = 0
}
/* order per conversation: in every list, a conversation's records stand in save order (a
 * list is FIFO and a reclaim puts a record back at the head, before anything saved later) */
inline assert_ordered(L) {
    zq = 0;
    do
    :: zq < L.n ->
        zt = zq + 1;
        do :: zt < L.n -> assert(CONV(L.e[zq]) != CONV(L.e[zt]) || L.e[zq] < L.e[zt]); zt++
           :: else -> break od;
        zq++
    :: else -> break
    od; zq = 0; zt = 0
}

/* The producer: save.lua RPUSH to the conversation's list under its N; before the first save
 * with an N > 1, mfp_layout_register's SADD {P}:shards N (its own step, before the save).  The
 * change of N (a producer restarted with MEMFLUSH_SHARDS=NTO) comes between any two saves. */
active proctype producer()
{
    byte n = NFROM;
    bit chg;
    do
    :: !chg && pushed > 0 -> chg = 1; n = NTO
    :: pushed < NREC ->
        if :: n > 1 && !(reg & BIT(n)) -> reg = reg | BIT(n) :: else fi;   /* SADD */
        d_step { pushed++; pushback(q[LIST_OF(n, pushed)], pushed); assert_ordered(q[LIST_OF(n, pushed)]) }
    :: pushed == NREC -> break
    od
}

/* mfp_layout_all (flush.c: shards_to_drain): the configured N's lists, {P}, and every
 * registered count's lists; MUT_SHARDS_CONFIGURED_ONLY: the configured ones alone */
#ifdef MUT_SHARDS_CONFIGURED_ONLY
#define DRAINS(n, l) ((n) <= 1 -> (l) == L_ONE : (l) != L_ONE)
#else
#define DRAINS(n, l) ((l) == L_ONE || ((n) > 1 && (l) != L_ONE) || ((reg & BIT(2)) && (l) != L_ONE))
#endif

/* reclaim.lua on list l: an expired lease's record back at the head (a dead holder's lease
 * expires; a live holder's does not: zombies are the one-queue model's) */
inline reclaim(l) {
    zv = 0;
    do
    :: zv < NH -> if :: hand[zv] != 0 && hdead[zv] && handl[zv] == l ->
                        pushfront(q[l], hand[zv]); hand[zv] = 0; hdead[zv] = 0; assert_ordered(q[l])
                    :: else fi; zv++
    :: else -> break
    od; zv = 0
}

/* the write and release of the claimed record: a row (ON CONFLICT DO NOTHING) or a dead letter */
inline commit(me) {
    d_step {
        if
        :: hand[me] == POISON_REC -> dead[hand[me]]++
        :: else -> if :: tbl[hand[me]] == 0 -> tbl[hand[me]] = 1 :: else fi
        fi;
        hand[me] = 0; handl[me] = 0
    }
}

/* one mf_flush run with MEMFLUSH_SHARDS=n (flush.c: the shard loop): the registry is read once
 * at its start; every shard's expired leases reclaimed, then each shard drained until empty */
inline flush_run(me, ncfg, mask, l) {
    d_step { mask = 0; l = 0;
             do :: l < NL -> if :: DRAINS(ncfg, l) -> mask = mask | BIT(l) :: else fi; l++ :: else -> break od; l = 0 }
    l = 0;
    do :: l < NL -> d_step { if :: (mask & BIT(l)) -> reclaim(l) :: else fi; l++ } :: else -> break od;
    l = 0;
    do
    :: l < NL ->
        if
        /* mfp_queue_claim: LMOVE pending -> in-flight (batch 1) */
        :: d_step { (mask & BIT(l)) && q[l].n > 0 -> popfront(q[l], hand[me]); handl[me] = l };
            commit(me)
        :: else -> l++
        fi
    :: else -> break
    od;
    l = 0; mask = 0
}

/* a SIGKILL while a run holds a record: its lease expires, a later reclaim on that shard
 * gives the record back */
#ifndef MAXCRASH
#define MAXCRASH 1
#endif

proctype flusher(byte me; byte n)
{
    byte mask, l, runs;
    do
    :: runs < NRUNS ->
        runs++;
        flush_run(me, n, mask, l)
    :: runs < NRUNS -> break   /* this process stops */
    :: runs == NRUNS -> break
    od unless { d_step { hand[me] != 0 && ncrash < MAXCRASH -> ncrash++; hdead[me] = 1; mask = 0; l = 0 } };
    atomic { ndone++; l = 0; mask = 0; runs = 0 }
}

#ifdef FOLLOW
/* qwait.c: mfp_queue_wait, BLMOVE {P}:pending {P}:pending LEFT LEFT: wakes when the list is
 * not empty and moves its head to its head, one atomic step: pending's content and order are
 * the same after it and nothing is claimed (an assertion).  MUT_WAIT_LEFT_RIGHT: LEFT RIGHT,
 * the head moved to the tail.  It waits on one of the follower's shards; a wait on an empty
 * one times out (the schedule) and is the same as not waiting there, so it is not modelled. */
inline follow_wait(l) {
    d_step {
        DRAINS(NTO, l) && q[l].n > 0 ->
        wsnap.n = q[l].n; zq = 0; do :: zq < NREC -> wsnap.e[zq] = q[l].e[zq]; zq++ :: else -> break od; zq = 0;
        popfront(q[l], zv);
#ifdef MUT_WAIT_LEFT_RIGHT
        pushback(q[l], zv);
#else
        pushfront(q[l], zv);
#endif
        zv = 0;
        assert(wsnap.n == q[l].n);
        zq = 0; do :: zq < NREC -> assert(wsnap.e[zq] == q[l].e[zq]); zq++ :: else -> break od; zq = 0;
        assert_ordered(q[l])
    }
}

/* follow.c: the follower with MEMFLUSH_SHARDS=NTO: a first round, then forever: the wait on a
 * shard of its run's list (any one: it waits on them in turn), a linger (time: not modelled,
 * any delay is an interleaving), a round (one mf_flush run); or, on the schedule
 * (reclaim_seconds, any time here), idle_reclaim over its shards, no save needed.  It never
 * ends (its idle state is a valid end state); the final check is the checker's. */
proctype follower(byte me)
{
    byte mask, l, w;
    flush_run(me, NTO, mask, l);
    waiting = 1;
end:
    do
    :: follow_wait(L_ONE); waiting = 0; flush_run(me, NTO, mask, l); waiting = 1
    :: follow_wait(L_S0); waiting = 0; flush_run(me, NTO, mask, l); waiting = 1
    :: follow_wait(L_S1); waiting = 0; flush_run(me, NTO, mask, l); waiting = 1
    /* the schedule: idle_reclaim (a reclaim that finds no expired lease does nothing, so
     * only the ones that find one are taken) */
    :: d_step { ((hand[0] != 0 && hdead[0] && DRAINS(NTO, handl[0])) || (hand[1] != 0 && hdead[1] && DRAINS(NTO, handl[1]))) ->
                w = 0; do :: w < NL -> if :: DRAINS(NTO, w) -> reclaim(w) :: else fi; w++ :: else -> break od; w = 0 }
    od
}
#endif

/* the end: once the producer and the flusher processes are done, and (follow mode) the
 * follower drained everything, or (else) a last flusher run with MEMFLUSH_SHARDS=NTO after
 * every lease expired, every record is exactly once in the table or the dead list and no
 * list holds anything.  A record stranded in a list no flusher of NTO names: the follower
 * never wakes for it and the checker never passes its guard (an invalid end state); the
 * sweeper leaves it behind (the assertion). */
active proctype checker()
{
    byte mask, l;
    (ndone == NF && pushed == NREC);
#ifdef FOLLOW
    d_step { waiting && q[L_ONE].n == 0 && q[L_S0].n == 0 && q[L_S1].n == 0 && hand[0] == 0 && hand[1] == 0 &&
             hand[2] == 0 -> skip }
#else
    d_step { hdead[0] = hand[0] != 0; hdead[1] = hand[1] != 0 }   /* every lease expired */
    flush_run(2, NTO, mask, l);
#endif
    d_step {
        assert(q[L_ONE].n == 0 && q[L_S0].n == 0 && q[L_S1].n == 0);
        l = 1;
        do :: l <= NREC -> assert(tbl[l] + dead[l] == 1 && (l == POISON_REC -> dead[l] : tbl[l]) == 1); l++
           :: else -> break od
    }
}

init
{
    atomic {
        run flusher(0, NCFG0); run flusher(1, NCFG1);
#ifdef FOLLOW
        run follower(2);
#endif
    }
}
#endif
