#!/usr/bin/env bash
# Generates the TypeScript wire types of every .proto under proto/ into proto/gen/
# with proto-loader-gen-types (from @grpc/proto-loader, the version deno.json pins).
# `scripts/proto_gen.sh --check` regenerates into a temp dir and fails on any difference,
# so the protos and the committed types cannot drift (CI runs it).
set -euo pipefail
cd "$(dirname "$0")/.."
DENO=(npx --yes "deno@$(cat .deno-version)")
loader=$(grep -o '"npm:@grpc/proto-loader@[^"]*"' deno.json | tr -d '"')
out=proto/gen
if [ "${1:-}" = "--check" ]; then out=$(mktemp -d); trap 'rm -rf "$out"' EXIT; fi
rm -rf "${out:?}"/*
mapfile -t files < <(cd proto && find . -name '*.proto' -not -path './gen/*' | sed 's|^\./||' | sort)
"${DENO[@]}" run -A "$loader/proto-loader-gen-types" \
  --keepCase --longs=Number --enums=String --defaults --oneofs --includeComments \
  --grpcLib=@grpc/grpc-js --importFileExtension=.ts -I proto -O "$out" "${files[@]}" >/dev/null
if [ "${1:-}" = "--check" ]; then
  if ! diff -r "$out" proto/gen >/dev/null; then
    diff -ru proto/gen "$out" | head -50 >&2
    echo "proto/gen is out of date: run 'deno task proto:gen' and commit the result" >&2
    exit 1
  fi
  echo "proto/gen matches proto/"
fi
