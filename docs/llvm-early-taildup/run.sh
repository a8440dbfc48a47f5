#!/bin/bash
# Usage: docs/llvm-early-taildup/run.sh
# Needs `rustup component add llvm-tools` (llc of the toolchain's LLVM) and a C compiler.
# Builds min.ll with and without early tail duplication and runs it: f(4) must return 1.
set -u
cd "$(dirname "$0")"
B=${LLVM_BIN:-$(echo ~/.rustup/toolchains/1.95.0-*/lib/rustlib/*/bin)}
T=$(mktemp -d)
for flags in "-O0" "-O2" "-O2 -disable-early-taildup"; do
  $B/llc $flags -relocation-model=pic -filetype=obj min.ll -o "$T/m.o" && cc "$T/m.o" main.c -o "$T/m"
  echo "llc $flags: $("$T/m")"
done
rm -rf "$T"
