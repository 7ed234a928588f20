#!/usr/bin/env bash
# tests/model/mutants.sh - the model has teeth: each mutant below is the same model with one
# -D switch that breaks one step of the protocol the way a plausible code change would, and
# SPIN must find a counterexample for each (make model runs this after run.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
SMALL="-DNREC=2 -DBATCH=1 -DNRUNS=2 -DPREPUSH=1 -DMAXCRASH=0 -DMAXPGF=0 -DMAXRF=0"
F1="-DFORGET -DNF=1 -DNRUNS=1 -DPREPUSH=0 -DMAXCRASH=0 -DMAXPGF=0 -DMAXRF=0"
fail=0
# release.lua without its ownership check: a zombie releases (and dead-letters) a batch
# another flusher took back
bash run.sh --expect-violation mutant-release-no-owner -DMUT_RELEASE_NO_OWNER $SMALL -DMAXPGF=1 || fail=1
# requeue (reclaim.lua with a flusher id) putting the batch back at the tail of pending
bash run.sh --expect-violation mutant-requeue-tail -DMUT_REQUEUE_TAIL $SMALL -DMAXPGF=1 || fail=1
# reclaim.lua taking every lease, expired or not
bash run.sh --expect-violation mutant-reclaim-no-lease -DMUT_RECLAIM_NO_LEASE $SMALL || fail=1
# forget without its barrier (no LOCK ... IN SHARE MODE before the DELETEs): a transaction
# whose trigger ran before the PostgreSQL tombstone committed commits a row of U after the DELETE
bash run.sh --expect-violation mutant-forget-no-fence -DMUT_FORGET_NO_FENCE $F1 || fail=1
# no fence trigger: a flusher that held a record of U in memory commits it after the DELETE
bash run.sh --expect-violation mutant-forget-no-trigger -DMUT_NO_TRIGGER $F1 || fail=1
# release.lua without its placeholder check (`gone`): the race the abstract forget design
# had (its finding, docs/testing.md, "Model checking"): a flusher that held a poison record of U when
# forget replaced it in its in-flight list releases after forget_end.lua dropped the
# tombstone, and the dead letter of U appears after forget returned
bash run.sh --expect-violation mutant-release-no-gone -DMUT_RELEASE_NO_GONE $F1 || fail=1
# dlq_replay.lua without its tombstone check: a dead letter of U replayed after forget scanned
# pending is back in pending when forget returns
bash run.sh --expect-violation mutant-replay-no-tomb -DMUT_REPLAY_NO_TOMB -DREPLAY $F1 || fail=1
# a flusher that drains only its configured shards (no {P}, no registered count: the registry
# ignored): records saved under the old N are stranded (both directions of the change)
SH="-DSHARDS -DNREC=3 -DNRUNS=2 -DMAXCRASH=1"
bash run.sh --expect-violation mutant-shards-configured-only-1to2 -DMUT_SHARDS_CONFIGURED_ONLY $SH -DNFROM=1 -DNTO=2 || fail=1
bash run.sh --expect-violation mutant-shards-configured-only-2to1 -DMUT_SHARDS_CONFIGURED_ONLY $SH -DNFROM=2 -DNTO=1 || fail=1
# the follower that drains only its configured shards: it never wakes for the stranded ones
bash run.sh --expect-violation mutant-follow-configured-only -DMUT_SHARDS_CONFIGURED_ONLY -DFOLLOW -DNREC=3 -DNRUNS=1 -DNFROM=2 -DNTO=1 -DMAXCRASH=1 || fail=1
# the follow wait as BLMOVE ... LEFT RIGHT: the head moved to the tail, the order broken
bash run.sh --expect-violation mutant-wait-left-right -DMUT_WAIT_LEFT_RIGHT -DFOLLOW -DNREC=3 -DNRUNS=1 -DNFROM=1 -DNTO=2 -DMAXCRASH=1 || fail=1
exit $fail
