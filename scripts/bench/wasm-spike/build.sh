#!/bin/sh
# Builds normalize.wasm (the plain port) and normalize-simd.wasm (the same with a SIMD slice scan) from
# c/normalize.c. Needs: apt-get install -y clang-14 lld-14; c/tables.h is made by gen-tables.cjs if missing.
set -e
cd "$(dirname "$0")"
[ -f c/tables.h ] || node gen-tables.cjs
FLAGS="--target=wasm32 -O3 -nostdlib -ffreestanding -mbulk-memory -Wall -Wextra -Wno-unused-function
  -Wl,--no-entry -Wl,-z,stack-size=65536 -Wl,--initial-memory=1048576 -fuse-ld=lld"
clang-14 $FLAGS -o normalize.wasm c/normalize.c
clang-14 $FLAGS -msimd128 -DSIMD -o normalize-simd.wasm c/normalize.c
ls -l normalize.wasm normalize-simd.wasm
