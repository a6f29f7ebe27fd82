#!/usr/bin/env bash
# Runs nlkit's fuzz targets for a fixed time each, on the stable toolchain.
#
#   fuzz/run.sh                 # every target, 25 s each (CI)
#   fuzz/run.sh 600 client      # one target, 10 minutes
#   FUZZ_JOBS=2 fuzz/run.sh 3600 # longer, two libFuzzer processes per target
#   FUZZ_SANITIZER=address fuzz/run.sh   # with ASan (needs RUSTC_BOOTSTRAP=1, set here)
#
# The committed seeds (fuzz/corpus/<target>) are read, never written: new
# inputs go to a scratch corpus ($FUZZ_WORK, default a temp dir). A crash
# leaves its input in fuzz/artifacts/<target>/ and makes the script fail.
# Needs cargo-fuzz (installed here from crates.io when missing) and a C++
# compiler (libFuzzer is built from source by libfuzzer-sys).
set -euo pipefail

secs="${1:-25}"
shift || true
here="$(cd "$(dirname "$0")" && pwd)"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(messages ext_ack attrs exchange client capture spec_decode)
sanitizer="${FUZZ_SANITIZER:-none}"
jobs="${FUZZ_JOBS:-1}"
work="${FUZZ_WORK:-$(mktemp -d /tmp/nlkit-fuzz.XXXXXX)}"
mkdir -p "$work"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$here/target}"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz"
    cargo install cargo-fuzz --locked
fi
if [ "$sanitizer" != none ]; then
    # -Zsanitizer is unstable; the stable compiler accepts it with this.
    export RUSTC_BOOTSTRAP=1
fi

cd "$here"
echo "== building (sanitizer: $sanitizer)"
cargo fuzz build -s "$sanitizer"

status=0
parallel=()
[ "$jobs" -gt 1 ] && parallel=(-jobs="$jobs" -workers="$jobs")
printf '%-10s %12s %12s %8s\n' target execs execs/s corpus > "$work/summary"
for t in "${targets[@]}"; do
    mkdir -p "$work/$t" "$here/artifacts/$t"
    log="$work/$t.log"
    echo "== $t: ${secs}s"
    if ! cargo fuzz run -s "$sanitizer" "$t" "$work/$t" "$here/corpus/$t" -- \
        -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        "${parallel[@]}" \
        -artifact_prefix="$here/artifacts/$t/" >"$log" 2>&1; then
        status=1
        echo "!! $t FAILED; input saved in fuzz/artifacts/$t/; log: $log"
        grep -E 'panicked|ERROR|SUMMARY|Test unit written' "$log" | head -20 || true
    fi
    if [ "$jobs" -gt 1 ]; then cat fuzz-*.log >>"$log" 2>/dev/null || true; rm -f fuzz-*.log; fi
    execs=$(grep -h 'stat::number_of_executed_units' "$log" | awk '{s+=$2} END {print s+0}')
    rate=$(grep -h 'stat::average_exec_per_sec' "$log" | awk '{s+=$2} END {print s+0}')
    n=$(ls "$work/$t" | wc -l)
    printf '%-10s %12s %12s %8s\n' "$t" "$execs" "$rate" "$n" >> "$work/summary"
done
cat "$work/summary"
echo "scratch corpus and logs: $work"
exit $status
