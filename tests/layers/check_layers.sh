#!/usr/bin/env bash
# check_layers.sh BUILD_DIR target:header:refused|allowed …  (see CMakeLists.txt beside it)
set -u
build=$1
shift
failures=0
for probe in "$@"; do
    IFS=: read -r target header expect <<< "$probe"
    output=$(cmake --build "$build" --target "$target" 2>&1)
    status=$?
    if [ "$expect" = allowed ]; then
        if [ $status -eq 0 ]; then
            echo "ok: $target compiles (#include <$header> is allowed)"
        else
            echo "FAIL: $target should compile:"; echo "$output" | grep -m3 'error' ; failures=$((failures + 1))
        fi
    elif [ $status -ne 0 ] && grep -q -- "$header: No such file or directory" <<< "$output"; then
        echo "ok: $target refused (#include <$header> does not resolve)"
    elif [ $status -ne 0 ] && grep -q -- "$header: a widget header" <<< "$output"; then
        echo "ok: $target refused (<$header> is a widget header, and the layer has none)"
    else
        echo "FAIL: $target should be refused for want of $header (exit $status):"
        echo "$output" | grep -m3 -E 'error|warning' ; failures=$((failures + 1))
    fi
done
echo "layers: $(( $# - failures )) probes as expected, $failures not"
[ $failures -eq 0 ]
