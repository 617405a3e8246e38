#!/usr/bin/env bash
# Runs one fuzz target for N minutes: `bash fuzz/run.sh TARGET MINUTES`.
# Seeds its corpus (fuzz/corpus/TARGET, not committed) from the project's own
# fixtures, installs cargo-fuzz if missing, and uses the nightly toolchain.
# A crash lands in fuzz/artifacts/TARGET/: copy it into
# tests/fixtures/hostile/ so tests/it/hostile.rs keeps it from coming back.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: fuzz/run.sh TARGET MINUTES (targets: $(ls fuzz_targets | grep -v common | sed 's/\.rs$//' | tr '\n' ' '))}
minutes=${2:-20}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
corpus=corpus/$target
mkdir -p "$corpus"
fixtures=../tests/fixtures
seed() { for f in "$@"; do [ -f "$f" ] && cp -n "$f" "$corpus/" || true; done; }
case "$target" in
  intake_pdf) seed "$fixtures"/pdf/*.pdf ;;
  intake_html) seed "$fixtures"/intake/*.html "$fixtures"/intake/*.htm "$fixtures"/intake/bylines/* ;;
  intake_docx) seed "$fixtures"/intake/*.docx ;;
  intake_markdown) seed "$fixtures"/intake/*.md ../README.md ;;
  intake_transcript) seed "$fixtures"/intake/*.srt "$fixtures"/intake/*.vtt ;;
  intake_text) seed "$fixtures"/intake/*.txt ../data/seed-article.txt ;;
  project_ron|merge) seed ../projects/*.ron ;;
  import_annotations|claimreview) seed ../tests/golden/*.jsonld ;;
esac
# 2 GB of memory and 60 s per input: a slow input is a finding too. libFuzzer
# measures wall time, so on a loaded machine a shorter limit reports inputs that
# take 0.2 s alone (seen here at load 11 with 10 s): rerun a timeout's input
# alone (fuzz/target/x86_64-unknown-linux-gnu/release/TARGET FILE) before
# calling it a finding.
cargo +nightly fuzz run -O "$target" "$corpus" -- \
  -max_total_time=$((minutes * 60)) -rss_limit_mb=2048 -timeout=60
