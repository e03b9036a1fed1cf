#!/usr/bin/env bash
# Mutation testing of one area (chars, dates or repair) with that area's own tests; with no
# argument, the three areas one after the other. Each area keeps its own incremental file, so a
# second run re-tests only what changed. Surviving mutants stream to reports/mutation/survivors-<area>.txt.
#
#   npm run test:mutation              # all three areas
#   npm run test:mutation -- repair    # one area
#   CONCURRENCY=1 npm run test:mutation -- chars
set -euo pipefail
cd "$(dirname "$0")/.."
areas=("$@")
[ ${#areas[@]} -eq 0 ] && areas=(chars dates repair)
for area in "${areas[@]}"; do
  case "$area" in chars | dates | repair) ;; *) echo "mutation: unknown area '$area' (chars, dates or repair)" >&2; exit 2 ;; esac
  TANQIH_MUTATION_AREA="$area" STRYKER_SURVIVORS_FILE="reports/mutation/survivors-$area.txt" npx stryker run \
    --mutate "src/$area/**/*.ts,!src/$area/index.ts,!src/$area/types.ts" \
    --incrementalFile "reports/stryker-incremental-$area.json" \
    --tempDirName ".stryker-tmp-$area" \
    --concurrency "${CONCURRENCY:-2}"
  mkdir -p reports/mutation
  cp reports/mutation/mutation.json "reports/mutation/mutation-$area.json"
done
