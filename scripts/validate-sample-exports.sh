#!/usr/bin/env bash
# Writes the fixture article as NewsML-G2, NITF and ninjs and validates each against the official
# IPTC schemas with ../shared/tools/validate-export. Without ../shared (a user's clone) the files
# are still written, so the exporters are exercised, and validation is skipped with a notice.
# Exit 0 when every file validates (or validation is skipped), 1 otherwise.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
validator=$root/../shared/tools/validate-export
out=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-exports.XXXXXX")
trap 'rm -rf "$out"' EXIT

cd "$root"
mapfile -t files < <(node --import tsx scripts/write-sample-exports.ts "$out")
[[ ${#files[@]} -gt 0 ]] || { echo "validate-sample-exports: no files were written" >&2; exit 1; }

if [[ ! -x $validator ]]; then
  echo "validate-sample-exports: ${validator} not found; wrote ${#files[@]} files, schema validation skipped"
  exit 0
fi

failed=0
for file in "${files[@]}"; do
  case $file in
    *.ninjs.json) format=ninjs ;;
    *.newsml.xml) format=newsml ;;
    *.nitf.xml) format=nitf ;;
    *) echo "validate-sample-exports: cannot tell the format of $file" >&2; failed=1; continue ;;
  esac
  if "$validator" --format "$format" "$file" >"$out/log" 2>&1; then
    echo "valid   $format  $(basename "$file")"
  else
    echo "INVALID $format  $(basename "$file")"
    sed 's/^/    /' "$out/log"
    failed=1
  fi
done
exit $failed
