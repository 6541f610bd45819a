#!/bin/sh
# The measurement: js, wasm and wasm-simd alternating, three fresh processes each, on one core (CPU 0).
# Appends one JSON line per run to results/bench.jsonl.
cd "$(dirname "$0")"
mkdir -p results
for round in 1 2 3; do
  for impl in js wasm wasm-simd; do
    taskset -c 0 node bench.cjs $impl 3 | tee -a results/bench.jsonl
  done
done
