#!/usr/bin/env bash
# Peak heap used, in MB, read from a unified JVM GC log (java -Xlog:gc*:file=gc.log):
# the largest heap occupancy before a collection, e.g. "Pause Young (Normal) (G1 Evacuation Pause) 120M->30M(512M)"
# gives 120, or the occupancy at exit ("garbage-first heap total 262144K, used 20480K"; for the serial and parallel
# collectors the generations' "used" are added up) when that is larger.
# Usage: bench/peak-heap.sh target/bench/gc.log   → prints e.g. "120.0"
set -euo pipefail
log=${1:?用法：bench/peak-heap.sh GC日志文件}
[[ -r $log ]] || { echo "找不到 GC 日志：$log" >&2; exit 2; }

awk '
  function mb(n, u) { n += 0; return u == "G" ? n * 1024 : (u == "M" ? n : (u == "K" ? n / 1024 : n / 1048576)) }
  # "120M->30M(512M)": heap before -> after (capacity) of one pause
  match($0, /[0-9]+[BKMG]->[0-9]+[BKMG]\([0-9]+[BKMG]\)/) {
    before = substr($0, RSTART, RLENGTH); sub(/->.*/, "", before)
    value = mb(substr(before, 1, length(before) - 1), substr(before, length(before)))
    if (value > peak) peak = value
  }
  /\[gc,heap,exit *\]/ && match($0, /total [0-9]+K, used [0-9]+K/) {
    used = substr($0, RSTART, RLENGTH); sub(/.*used /, "", used); sub(/K/, "", used)
    atExit += used / 1024
  }
  END {
    if (atExit > peak) peak = atExit
    printf "%.1f\n", peak
  }
' "$log"
