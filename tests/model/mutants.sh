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
# requeue.lua putting the batch back at the tail of pending
bash run.sh --expect-violation mutant-requeue-tail -DMUT_REQUEUE_TAIL $SMALL -DMAXPGF=1 || fail=1
# reclaim.lua taking every lease, expired or not
bash run.sh --expect-violation mutant-reclaim-no-lease -DMUT_RECLAIM_NO_LEASE $SMALL || fail=1
# forget without its fence (no LOCK ... SHARE MODE before the DELETE)
bash run.sh --expect-violation mutant-forget-no-fence -DMUT_FORGET_NO_FENCE -DFORGET_NO_DEAD_CHECK $F1 || fail=1
# not a mutant: the forget design as given (issue 21) lets a dead letter of U appear after
# forget returned (docs/testing.md, "Model checking", findings); the dead list rescanned
# after step 5 (FORGET_DEAD_RESCAN, checked by run.sh) closes it
bash run.sh --expect-violation finding-forget-dead-list $F1 || fail=1
exit $fail
