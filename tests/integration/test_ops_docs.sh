#!/usr/bin/env bash
# test_ops_docs.sh - the operations documents are usable as shipped: the man page renders without
# groff warnings and documents every command and every option the binary's --help lists; the
# systemd units pass systemd-analyze verify; the Kubernetes CronJob parses and forbids overlap;
# railway.json is JSON; the crontab line uses flock. Tools that are missing are reported as
# skipped (not failed); the man page and option checks always run.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
BIN=${MEMFLUSH:-${BUILD:-build}/memflush}
fail=0
bad() { echo "FAIL: $*"; fail=1; }
ok() { echo "ok: $*"; }

[ -x "$BIN" ] || { echo "FAIL: $BIN not built"; exit 1; }

# ---- the man page
if command -v groff >/dev/null; then
    w=$(groff -man -ww -z docs/memflush.1 2>&1)
    [ -z "$w" ] && ok "groff -man -ww renders docs/memflush.1 without warnings" || bad "groff warnings: $w"
else
    echo "skip: groff not installed"
fi
man_text=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' docs/memflush.1)
for cmd in flush push context stats dlq import-legacy check; do
    grep -Eq "^\.B (memflush )?$cmd( |$)" <<<"$man_text" || bad "man page has no entry for $cmd"
    # every option of the command's --help is documented
    help=$("$BIN" "$cmd" --help) || bad "$cmd --help failed"
    for opt in $(grep -oE '^  --[a-z][a-z-]*' <<<"$help" | sed 's/^  //' | sort -u); do
        grep -q -- "$opt" <<<"$man_text" || bad "man page does not mention $opt (from memflush $cmd --help)"
    done
done
for sub in list replay purge; do
    grep -q "^\.B dlq $sub" <<<"$man_text" || bad "man page has no entry for dlq $sub"
done
for v in REDIS_URL DATABASE_URL MEMFLUSH_PREFIX MEMFLUSH_TABLE MEMFLUSH_BATCH_SIZE MEMFLUSH_TTL_SECONDS \
         MEMORY_REDIS_TTL_SECONDS MEMFLUSH_CONTEXT_MAX MEMFLUSH_LEASE_SECONDS; do
    grep -q "$v" <<<"$man_text" || bad "man page does not mention $v"
done
grep -q '^\.SH EXIT STATUS' docs/memflush.1 && grep -q '^\.SH FILES' docs/memflush.1 &&
    grep -q '^\.SH ENVIRONMENT' docs/memflush.1 || bad "man page lacks EXIT STATUS, FILES or ENVIRONMENT"
[ "$fail" -eq 0 ] && ok "the man page documents every command, option and variable"

# ---- systemd units
if command -v systemd-analyze >/dev/null; then
    d=$(mktemp -d)
    for f in docs/deploy/*.service docs/deploy/*.timer; do
        sed "s|/usr/local/bin/memflush|$(realpath "$BIN")|" "$f" > "$d/$(basename "$f")"
    done
    if out=$(cd "$d" && systemd-analyze verify --man=no ./*.service ./*.timer 2>&1); then
        ok "systemd-analyze verify accepts the units"
    else
        bad "systemd-analyze verify: $out"
    fi
    rm -rf "$d"
else
    echo "skip: systemd-analyze not installed"
fi
grep -q '^Type=oneshot' docs/deploy/memflush-flush.service || bad "the timer's service is not oneshot"
grep -q '^Unit=\|^OnUnitActiveSec=' docs/deploy/memflush-flush.timer || bad "the timer has no schedule"

# ---- Kubernetes CronJob
k=docs/deploy/kubernetes-cronjob.yaml
if python3 -c 'import yaml' 2>/dev/null; then
    if python3 - "$k" <<'PY'
import sys, yaml
docs = [d for d in yaml.safe_load_all(open(sys.argv[1])) if d]
cj = [d for d in docs if d.get("kind") == "CronJob"]
assert len(cj) == 1, "no CronJob"
s = cj[0]["spec"]
assert s["concurrencyPolicy"] == "Forbid", "concurrencyPolicy"
job = s["jobTemplate"]["spec"]
assert int(job["activeDeadlineSeconds"]) > 0, "activeDeadlineSeconds"
c = job["template"]["spec"]["containers"][0]
envs = {e["name"]: e for e in c["env"]}
for v in ("REDIS_URL", "DATABASE_URL"):
    assert "secretKeyRef" in envs[v]["valueFrom"], v + " not from a secret"
args = c.get("args", [])
assert "flush" in args and "--max-seconds" in args, "args"
ms = float(args[args.index("--max-seconds") + 1])
assert ms < int(job["activeDeadlineSeconds"]), "--max-seconds must be below activeDeadlineSeconds"
assert job["template"]["spec"]["restartPolicy"] in ("Never", "OnFailure")
PY
    then ok "the CronJob parses, forbids overlap, has a deadline and secrets"; else bad "$k"; fi
else
    grep -q 'concurrencyPolicy: Forbid' "$k" && grep -q 'activeDeadlineSeconds:' "$k" &&
        grep -q 'secretKeyRef' "$k" && ! grep -qP '\t' "$k" &&
        ok "the CronJob has Forbid, a deadline and secrets (no YAML parser: grep only)" || bad "$k"
fi

# ---- Railway, cron
if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["deploy"]["cronSchedule"] and "flush" in d["deploy"]["startCommand"]' docs/deploy/railway.json 2>/dev/null; then
    ok "railway.json parses and has a cron schedule"
else
    bad "docs/deploy/railway.json"
fi
line=$(grep -v '^#' docs/deploy/crontab | grep -v '^$')
[ "$(wc -l <<<"$line")" -eq 1 ] && grep -q 'flock -n' <<<"$line" &&
    [ "$(awk '{print NF}' <<<"$line")" -ge 7 ] && ok "the crontab line uses flock -n" || bad "docs/deploy/crontab"

exit "$fail"
