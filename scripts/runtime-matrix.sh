#!/usr/bin/env bash
# Runtime matrix: runs the test suite on other Node majors than the one installed, using the `node`
# package from the npm registry (it ships the official binaries as npm packages, so no other
# download host is needed). The installed Node (20) runs the suite through `npm test` already.
#
#   npm run test:matrix                        # Node 22 and 24
#   MATRIX_NODE_VERSIONS="22" npm run test:matrix
#   MATRIX_VITEST_ARGS="test/chars" npm run test:matrix   # a subset of the suite
set -euo pipefail
cd "$(dirname "$0")/.."

versions="${MATRIX_NODE_VERSIONS:-22 24}"
# Extra vitest arguments (word-split on purpose: paths and flags).
read -r -a extra <<< "${MATRIX_VITEST_ARGS:-}"
failed=()
for v in $versions; do
  echo "== Node $v"
  if ! actual="$(npx -y "node@$v" --version)"; then
    echo "could not fetch node@$v from the npm registry" >&2
    failed+=("$v (fetch)")
    continue
  fi
  echo "   running on $actual"
  if ! npx -y "node@$v" node_modules/vitest/vitest.mjs run "${extra[@]}"; then
    failed+=("$v")
  fi
done

if ((${#failed[@]} > 0)); then
  echo "runtime matrix FAILED on Node: ${failed[*]}" >&2
  exit 1
fi
echo "runtime matrix passed on Node: $versions"
