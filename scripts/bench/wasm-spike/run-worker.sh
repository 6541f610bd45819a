#!/bin/sh
# Worker start: js, wasm (module compiled in main, never run), wasm-warm (run in main first), the same for the SIMD
# module; alternating, three rounds, on one core. Appends to results/worker.jsonl.
cd "$(dirname "$0")"
mkdir -p results
for round in 1 2 3; do
  for mode in js wasm wasm-warm wasm-simd wasm-simd-warm; do
    taskset -c 0 node worker.cjs $mode | tee -a results/worker.jsonl
  done
done
