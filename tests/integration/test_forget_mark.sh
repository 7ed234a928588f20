#!/usr/bin/env bash
# test_forget_mark.sh - the 'mark' step of src/lua/forget_scan.lua against a real redis-server
# (inside tests/rig.sh run): memflush forget reads a window of {P}:pending on the client and
# sends the records that may be the user's with their positions counted from the tail at the
# read; in between, producers append at the tail and flushers claim at the head. The step must
# replace exactly the user's records where they are now, skip those claimed since, never
# replace a record it was not given, and say when one was not where expected (the client then
# scans the window in Lua). docs/forget.md, "Why nothing is skipped". A few milliseconds.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
: "${MF_RIG:?run inside tests/rig.sh run}"
SCRIPT=src/lua/forget_scan.lua
L='{tmark}:pending'
PH=memflush:forgotten
fails=0
checks=0
ok()   { checks=$((checks + 1)); echo "ok   $*"; }
fail() { checks=$((checks + 1)); fails=$((fails + 1)); echo "FAIL $*"; }
check() { if [ "$2" = "$3" ]; then ok "$1"; else fail "$1 (expected '$2', got '$3')"; fi; }
rcli() { "$MF_RIG" redis-cli "$@"; }
rec() { printf '{"cid":"%s","conversation_id":"c%s","user_id":"%s","user_message":"m","assistant_message":"a"}' "$1" "$1" "$2"; }
# mark DRY ANCHOR POS REC ...: the step's reply on one line
mark() {
    local dry=$1 anchor=$2
    shift 2
    rcli --no-raw EVAL "$(cat "$SCRIPT")" 1 "$L" u alice "$anchor" 20000 mark "$PH" "$dry" "$@" | tr -d '\n"' |
        sed 's/(integer) //g; s/^1) //; s/2) /,/'
}
# setup: r0..r9 from head to tail; alice owns r2, r5, r8
setup() {
    local i
    rcli DEL "$L" >/dev/null
    for i in 0 1 2 3 4 5 6 7 8 9; do
        case $i in 2|5|8) u=alice ;; *) u=bob ;; esac
        rcli RPUSH "$L" "$(rec "r$i" "$u")" >/dev/null
    done
}
# positions from the tail at the read: r8 -> 1, r5 -> 4, r2 -> 7; the anchor is r9
setup
rcli RPUSH "$L" "$(rec n1 bob)" "$(rec n2 bob)" "$(rec n3 alice)" >/dev/null   # appended since
rcli LPOP "$L" 1 >/dev/null                                                 # r0 claimed since
check "marks the user's records after appends and a claim" "3,0" \
    "$(mark 0 "$(rec r9 bob)" 1 "$(rec r8 alice)" 4 "$(rec r5 alice)" 7 "$(rec r2 alice)")"
check "exactly those became placeholders" "r1 $PH r3 r4 $PH r6 r7 $PH r9 n1 n2 n3" \
    "$(rcli LRANGE "$L" 0 -1 | sed -E 's/.*"cid":"([^"]*)".*/\1/' | tr '\n' ' ' | sed 's/ $//')"

setup
rcli LPOP "$L" 6 >/dev/null   # r0..r5 claimed: r2 and r5 are in a flusher's hands now
check "records claimed since are skipped, not reported lost" "1,0" \
    "$(mark 0 "$(rec r9 bob)" 1 "$(rec r8 alice)" 4 "$(rec r5 alice)" 7 "$(rec r2 alice)")"
check "the rest untouched" "r6 r7 $PH r9" \
    "$(rcli LRANGE "$L" 0 -1 | sed -E 's/.*"cid":"([^"]*)".*/\1/' | tr '\n' ' ' | sed 's/ $//')"

setup
# something else moved the list: the record is not where expected
rcli LINSERT "$L" BEFORE "$(rec r9 bob)" "$(rec x bob)" >/dev/null
check "a record not where expected is reported, nothing else replaced" "0,1" \
    "$(mark 0 "$(rec r9 bob)" 1 "$(rec r8 alice)")"
check "the list is as it was" "0" "$(rcli LRANGE "$L" 0 -1 | grep -c "$PH")"

setup
check "a record that is not theirs after all (the script decides) is kept" "0,0" \
    "$(mark 0 "$(rec r9 bob)" 2 "$(rec r7 bob)")"
check "dry run counts and changes nothing" "1,0" "$(mark 1 "$(rec r9 bob)" 1 "$(rec r8 alice)")"
check "dry run left no placeholder" "0" "$(rcli LRANGE "$L" 0 -1 | grep -c "$PH")"
check "an anchor no longer in reach is reported" "0,1" "$(mark 0 "$(rec gone bob)" 1 "$(rec r8 alice)")"
rcli DEL "$L" >/dev/null

echo "test_forget_mark: $((checks - fails)) passed, $fails failed"
[ "$fails" -eq 0 ]
