#!/usr/bin/env bash
# Fails when a C++ file is not formatted by the root .clang-format.
#   scripts/check-format.sh            every tracked .cpp/.h
#   scripts/check-format.sh REV        only the files changed since REV
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then
    mapfile -t files < <(git diff --name-only --diff-filter=ACMR "$1" -- '*.cpp' '*.h')
else
    mapfile -t files < <(git ls-files '*.cpp' '*.h')
fi
[ ${#files[@]} -eq 0 ] && exit 0
if ! clang-format --dry-run --Werror "${files[@]}" 2> /tmp/rp-format.$$; then
    grep -E '^[^ ].*: (error|warning):' /tmp/rp-format.$$ | cut -d: -f1 | sort -u | sed 's/^/not formatted: /'
    rm -f /tmp/rp-format.$$
    echo "check-format: run clang-format -i on the files above" >&2
    exit 1
fi
rm -f /tmp/rp-format.$$
echo "check-format: ${#files[@]} files formatted"
