#!/usr/bin/env bash
# test_ops_docs.sh - the operations documents are usable as shipped: the man page renders without
# groff warnings and documents every command and every option the binary's --help lists; the
# systemd units pass systemd-analyze verify; the Kubernetes CronJob parses and forbids overlap;
# railway.json is JSON; the crontab line uses flock and, run for real with an env file like
# memflush.env.example, flushes. Tools that are missing are reported as
# skipped (not failed); the man page and option checks always run.
# shellcheck source=../helpers/th.sh
. "$(dirname "${BASH_SOURCE[0]}")/../helpers/th.sh"

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
    version=$(sed -n 's/^#define MF_VERSION "\(.*\)"/\1/p' include/memflush.h)
    uid=$(sed -n 's/^USER \([0-9]*\).*/\1/p' Dockerfile)
    if python3 - "$k" "$version" "$uid" <<'PY'
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
# the image the repository's Dockerfile builds: its entrypoint, its user, this version
assert "command" not in c, "command overrides the image's ENTRYPOINT memflush"
version, uid = sys.argv[2], sys.argv[3]
assert c["image"].endswith("/memflush:" + version) or c["image"] == "memflush:" + version, c["image"]
assert "example.com" not in c["image"], "placeholder image"
assert str(job["template"]["spec"]["securityContext"]["runAsUser"]) == uid, "runAsUser is not the image's user"
head = open(sys.argv[1]).read().split("apiVersion")[0]
assert "build -t memflush:" + version in head and "push" in head, "no build/push instructions"
PY
    then ok "the CronJob parses, forbids overlap, has a deadline and secrets"; else bad "$k"; fi
else
    grep -q 'concurrencyPolicy: Forbid' "$k" && grep -q 'activeDeadlineSeconds:' "$k" &&
        grep -q 'secretKeyRef' "$k" && ! grep -qP '\t' "$k" &&
        ok "the CronJob has Forbid, a deadline and secrets (no YAML parser: grep only)" || bad "$k"
fi

# ---- Railway, cron
if python3 -c 'import json,sys,os; d=json.load(open(sys.argv[1])); assert d["deploy"]["cronSchedule"] and d["deploy"]["startCommand"].startswith("memflush flush"); assert d["build"]["builder"] == "DOCKERFILE" and os.path.isfile(d["build"]["dockerfilePath"])' docs/deploy/railway.json 2>/dev/null; then
    ok "railway.json parses, has a cron schedule and builds the repository's Dockerfile"
else
    bad "docs/deploy/railway.json"
fi
line=$(grep -v '^#' docs/deploy/crontab | grep -v '^$')
[ "$(wc -l <<<"$line")" -eq 1 ] && grep -q 'flock -n' <<<"$line" &&
    [ "$(awk '{print NF}' <<<"$line")" -ge 7 ] && ok "the crontab line uses flock -n" || bad "docs/deploy/crontab"

# ---- the contract and the deploy guide are in the repository, and their links resolve
for n in 1 2 3 4 5; do
    grep -q "^## $n\. " docs/contract.md || bad "docs/contract.md has no section $n"
done
grep -q 'owner: deployment' docs/contract.md && bad "docs/contract.md still has the placeholder of sections 1-5"
grep -q '\.\./shared' docs/contract-notes.md docs/contract.md && bad "the contract docs point outside the repository"
for f in include/memflush.h docs/memflush.1; do
    grep -q 'docs/contract\.md' "$f" || bad "$f does not point to docs/contract.md"
done
for doc in docs/contract.md docs/deploy/README.md README.md; do
    for l in $(grep -oE '\]\([^)#]+(#[^)]*)?\)' "$doc" | sed -E 's/^\]\(//; s/\)$//; s/#.*//' | grep -v '^https\?:' | sort -u); do
        [ -e "$(dirname "$doc")/$l" ] || bad "$doc links to $l, which does not exist"
    done
done
grep -q 'docs/deploy/README.md' README.md || bad "README does not link the deploy guide"
grep -q '<role>.<project-ref>' docs/deploy/README.md && grep -q 'Redis.REDIS_URL' docs/deploy/README.md &&
    grep -q 'prod-ca-2021.crt' docs/deploy/README.md || bad "the deploy guide lacks the pooler user, the Redis reference or the CA"
[ "$fail" -eq 0 ] && ok "docs/contract.md and the deploy guide are complete and their links resolve"

# ---- the crontab recipe, run for real: its command line (without the schedule and the user)
# with the paths pointed into a temp dir, sourcing an env file written like
# memflush.env.example (same names, same quoting) but with the rig's servers; logger is a stub
# that keeps what it gets. DATABASE_URL carries a query with '&' as the example's does.
if [ -n "${MF_RIG_DIR:-}" ]; then
    d=$(mktemp -d "${TMPDIR:-/tmp}/mfcron.XXXXXX")
    P=${MEMFLUSH_PREFIX:-memflush}
    db_url="${MF_WRITER_URL}?sslmode=disable&application_name=memflush_cron"
    # value NAME EXAMPLE-VALUE: the test's value, quoted the way the example quotes its own
    while IFS= read -r l; do
        case "$l" in
            \#*|'') echo "$l"; continue ;;
        esac
        name=${l%%=*}; val=${l#*=}
        case "$name" in
            REDIS_URL) new=$REDIS_URL ;;
            DATABASE_URL) new=$db_url ;;
            MEMFLUSH_PREFIX) new=$P ;;
            *) echo "$l"; continue ;;
        esac
        case "$val" in
            \'*) echo "$name='$new'" ;;
            \"*) echo "$name=\"$new\"" ;;
            *) echo "$name=$new" ;;
        esac
    done < docs/deploy/memflush.env.example > "$d/memflush.env"
    mkdir -p "$d/bin"
    printf '#!/bin/sh\ncat >> %s/logger.out\n' "$d" > "$d/bin/logger"
    chmod +x "$d/bin/logger"
    cmd=$(grep -v '^#' docs/deploy/crontab | grep -v '^$' | cut -d' ' -f7-)
    cmd=${cmd//\/run\/lock\/memflush-flush.lock/$d/flush.lock}
    cmd=${cmd//\/etc\/memflush\/memflush.env/$d/memflush.env}
    cmd=${cmd//\/usr\/local\/bin\/memflush/$(realpath "$BIN")}
    cmd=${cmd//\/var\/lib\/node_exporter\/textfile_collector\/memflush.prom/$d/memflush.prom}
    "$MF_RIG" redis-cli DEL "{$P}:pending" >/dev/null
    for i in 1 2; do
        "$MF_RIG" redis-cli RPUSH "{$P}:pending" \
            "{\"cid\":\"cron-$i\",\"conversation_id\":\"cron\",\"user_id\":\"u\",\"user_message\":\"m\",\"assistant_message\":\"a\"}" >/dev/null
    done
    # cron runs the line with /bin/sh, with a minimal environment
    env -i PATH="$d/bin:/usr/bin:/bin" HOME="$d" sh -c "$cmd"
    rows=$("$MF_RIG" psql -c "SELECT count(*) FROM public.chat_memories WHERE cid LIKE 'cron-%'")
    if [ "$rows" = 2 ] && grep -q '"flushed_count":2' "$d/logger.out" 2>/dev/null && [ -s "$d/memflush.prom" ]; then
        ok "the crontab line flushed 2 turns with the example env file's DATABASE_URL; logger got the summary"
    else
        bad "the crontab line: $rows row(s) in the table; logger got: $(cat "$d/logger.out" 2>/dev/null)"
    fi
    rm -rf "$d"
else
    echo "skip: the crontab recipe needs the rig (run inside tests/rig.sh)"
fi

exit "$fail"
