#!/usr/bin/env bash
# The one test command (`npm test`): data build -> three static exports (the test build the
# browser tests drive, the same site built for /atlas/, and the production build) -> type
# check -> all vitest projects -> one totals line. The LAST line of output is always
# "N passed, N failed[, N skipped]" so CI can read it; exit is non-zero if anything failed
# or nothing ran.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 # no network call-home from `next build`

results=tests/.results
mkdir -p "$results"
rm -f "$results/vitest.json" # never summarise a stale report

# A failed build step is recorded (and counted as a failure) instead of
# aborting, so unit tests still run and the totals line is still printed.
failed_steps=()

echo "== npm run data"
npm run data || failed_steps+=("npm run data")

# e2e must never test a stale export if a build fails.
rm -rf out out-test out-atlas
echo "== next build: test build (out-test/, map exposed to the browser tests)"
(ATLAS_OUT_DIR=out-test NEXT_PUBLIC_ATLAS_TEST_HOOKS=1 npx next build && node scripts/csp.mjs out-test) || failed_steps+=("test build")
echo "== next build: served under /atlas (out-atlas/)"
(ATLAS_OUT_DIR=out-atlas ATLAS_BASE_PATH=/atlas npx next build && node scripts/csp.mjs out-atlas) || failed_steps+=("/atlas build")
echo "== next build: production (out/)"
(npx next build && node scripts/csp.mjs out) || failed_steps+=("production build")

echo "== typecheck (site, data build and tests)"
npm run typecheck || failed_steps+=("typecheck")

echo "== vitest"
vitest_rc=0
npx vitest run --reporter=default --reporter=json \
  --outputFile="$results/vitest.json" || vitest_rc=$?

args=(--exit-code "$vitest_rc")
for s in ${failed_steps[@]+"${failed_steps[@]}"}; do args+=(--failed-step "$s"); done
echo
node tests/summarize.mjs "$results/vitest.json" "${args[@]}"
