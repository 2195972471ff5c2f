#!/usr/bin/env bash
# Builds the libFuzzer target and runs it for a bounded time on the seed corpus.
#   bash fuzz/run.sh [SECONDS]        (default 60)
# Crashes are written to fuzz/crashes/; replay one with: swift run enveloppe-fuzz fuzz/crashes/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
swift build -c release --scratch-path .build-fuzz --sanitize=fuzzer -Xswiftc -DFUZZING --product enveloppe-fuzz
corpus=.build-fuzz/corpus
mkdir -p "$corpus" fuzz/crashes
cp scenarios/*.json scenarios/*.csv fuzz/seeds/* "$corpus"/ 2>/dev/null || true
SWIFT_BACKTRACE=enable=no .build-fuzz/release/enveloppe-fuzz "$corpus" \
  -max_total_time="$seconds" -max_len=16384 -timeout=10 -artifact_prefix=fuzz/crashes/ -print_final_stats=1
