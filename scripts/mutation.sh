#!/usr/bin/env bash
# Mutation testing of one area (chars, dates or repair) with that area's own tests; with no
# argument, the three areas one after the other. Each area keeps its own incremental file, so a
# second run re-tests only what changed. Surviving mutants stream to reports/mutation/survivors-<area>.txt.
#
#   npm run test:mutation              # all three areas
#   npm run test:mutation -- repair    # one area
#   CONCURRENCY=1 npm run test:mutation -- chars
#   MUTATION_SAMPLE=0.2 npm run test:mutation   # a seeded random fifth of the code lines (estimate)
#
# A full run takes hours on 2 cores (about 7,000 mutants); a sampled run mutates only the lines
# drawn by scripts/mutation-sample.mjs, and its score estimates the full one.
set -euo pipefail
cd "$(dirname "$0")/.."
areas=("$@")
[ ${#areas[@]} -eq 0 ] && areas=(chars dates repair)
status=0
for area in "${areas[@]}"; do
  case "$area" in chars | dates | repair) ;; *) echo "mutation: unknown area '$area' (chars, dates or repair)" >&2; exit 2 ;; esac
  mutate="src/$area/**/*.ts,!src/$area/index.ts,!src/$area/types.ts"
  tag="$area"
  if [ -n "${MUTATION_SAMPLE:-}" ]; then
    mutate="$(node scripts/mutation-sample.mjs "$area" "$MUTATION_SAMPLE")"
    tag="$area-sample"
  fi
  # A score under the break threshold exits 1: keep the report, run the other areas, fail at the end.
  TANQIH_MUTATION_AREA="$area" STRYKER_SURVIVORS_FILE="reports/mutation/survivors-$area.txt" npx stryker run \
    --mutate "$mutate" \
    --incrementalFile "reports/stryker-incremental-$tag.json" \
    --tempDirName ".stryker-tmp-$area" \
    --concurrency "${CONCURRENCY:-2}" || status=$?
  mkdir -p reports/mutation
  cp reports/mutation/mutation.json "reports/mutation/mutation-$tag.json"
done
exit "$status"
