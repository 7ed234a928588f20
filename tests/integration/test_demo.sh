#!/usr/bin/env bash
# test_demo.sh - 'make demo' (tools/demo.sh) runs, and every command it prints can be pasted back:
# the printed push lines ("$ memflush push ...", "$ printf ... | memflush push --jsonl -") are
# run again with eval against this test's own servers, and must save the same turns the demo
# saved (the same fields in the context the demo printed), arguments with spaces, quotes, a tab,
# emoji and '$' included.
# shellcheck source=../helpers/th.sh
. "$(dirname "${BASH_SOURCE[0]}")/../helpers/th.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/mfdemo.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

# the demo starts its own throwaway servers
if ! BUILD=${BUILD:-build} bash tools/demo.sh > "$tmp/out" 2> "$tmp/err"; then
    cat "$tmp/out" "$tmp/err"
    echo "FAIL: tools/demo.sh failed"
    exit 1
fi
ok "the demo ran"

memflush() { "$BIN" "$@"; }
n=0
while IFS= read -r line; do
    cmd=${line#\$ }
    case "$cmd" in
        "memflush push "*|"printf "*"| memflush push --jsonl -") ;;
        *) continue ;;
    esac
    n=$((n + 1))
    if ! out=$(eval "$cmd" 2>&1 </dev/null); then
        bad "the printed command does not run when pasted: $cmd: $out"
    fi
done < <(grep '^\$ ' "$tmp/err")
[ "$n" -ge 3 ] || bad "the demo printed only $n push command(s)"

# the pasted commands saved what the demo saved
fields='[.[] | {conversation_id, user_id, user_message, assistant_message, token_count, reflection, metadata}]'
want=$(grep '^{"v":1,' "$tmp/out" | grep '"conversation_id":"demo-1"' | jq -s -c "$fields")
got=$("$BIN" context --conversation-id demo-1 --limit 5 | jq -s -c "$fields")
if [ -n "$want" ] && [ "$want" != '[]' ] && [ "$want" = "$got" ]; then
    ok "the pasted push commands saved the demo's demo-1 turns"
else
    bad "pasted: $got; demo: $want"
fi
got2=$("$BIN" context --conversation-id demo-2 --limit 5 | jq -r '.user_message' | tr '\n' ' ')
[ "$got2" = "bulk 1 bulk 2 bulk 3 " ] && ok "the pasted --jsonl pipeline saved demo-2's turns" ||
    bad "demo-2 after pasting: $got2"
exit "$fail"
