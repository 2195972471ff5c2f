#!/usr/bin/env bash
# Builds the libFuzzer target (with AddressSanitizer) and runs it for a bounded time.
#   bash fuzz/run.sh [SECONDS] [READERS]        (default: 60 seconds, every reader)
# READERS narrows the run to some readers, comma-separated: scenario, budget, counts, workbook
# (Sources/EnveloppeFuzz/FuzzTarget.swift). Each set of readers keeps its own corpus in
# .build-fuzz/corpus/READERS, seeded with scenarios/, fuzz/seeds/, fuzz/findings/ and the test workbooks.
# Two runs can go side by side, one per core:
#   bash fuzz/run.sh 3600 scenario,workbook > scenario.log 2>&1 &  bash fuzz/run.sh 3600 budget,counts > csv.log 2>&1 &
# Crashes are written to fuzz/crashes/; replay one with: swift run enveloppe-fuzz fuzz/crashes/crash-…
# Once minimized (add -minimize_crash=1 -runs=10000 and the crash file), keep it in fuzz/findings/:
# the tests replay that folder (FuzzTargetTests).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
readers="${2:-scenario,budget,counts,workbook}"
# With `-sanitize=fuzzer -sanitize=address` in that order (as SwiftPM passes them), Swift 6.3 instruments
# nothing for coverage: libFuzzer then sees no feature at all ("Is the code instrumented for coverage?")
# and fuzzes blind. The coverage is asked for explicitly, as -sanitize=fuzzer alone would (inline counters and
# a table of PCs: libFuzzer refuses the older trace-pc-guard).
swift build -c release --scratch-path .build-fuzz --sanitize=fuzzer --sanitize=address \
  -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp -Xswiftc -DFUZZING --product enveloppe-fuzz
corpus=".build-fuzz/corpus/${readers//,/-}"
mkdir -p "$corpus" fuzz/crashes
cp scenarios/*.json scenarios/*.csv fuzz/seeds/* "$corpus"/ 2>/dev/null || true
cp fuzz/findings/* Tests/EnveloppeWorkbookTests/Fixtures/* "$corpus"/ 2>/dev/null || true
ENVELOPPE_FUZZ_READERS="$readers" SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 .build-fuzz/release/enveloppe-fuzz "$corpus" \
  -max_total_time="$seconds" -max_len=16384 -timeout=60 -rss_limit_mb=4096 -artifact_prefix=fuzz/crashes/ -print_final_stats=1
