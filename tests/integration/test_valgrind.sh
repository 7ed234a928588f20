#!/usr/bin/env bash
# test_valgrind.sh - the CLI's main paths under valgrind (tests/valgrind.sh), inside the rig.
# Skipped under SANITIZE=1: AddressSanitizer and valgrind do not mix.
set -uo pipefail
if [ "${SANITIZE:-}" = 1 ]; then
    echo "test_valgrind.sh: skipped (SANITIZE=1: ASan and valgrind do not mix)"
    exit 0
fi
exec bash "$(dirname "${BASH_SOURCE[0]}")/../valgrind.sh"
