#!/usr/bin/env bash
# Checks bench/peak-heap.sh on GC-log excerpts (lines as JDK 17 writes them with -Xlog:gc*).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

expect() { # name expected log-text
  printf '%s\n' "$3" > "$work/$1.log"
  actual=$("$here/peak-heap.sh" "$work/$1.log")
  if [[ $actual == "$2" ]]; then echo "ok   $1 → $actual"; else echo "FAIL $1: 期望 $2，实际 $actual"; failures=$((failures + 1)); fi
}

expect g1-pauses "120.0" '[0.322s][info][gc,start    ] GC(0) Pause Young (Normal) (G1 Evacuation Pause)
[0.327s][info][gc          ] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(512M) 4.398ms
[0.400s][info][gc          ] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 120M->30M(512M) 3.101ms
[0.512s][info][gc          ] GC(2) Pause Remark 64M->64M(512M) 1.020ms
[0.700s][info][gc,heap,exit]  garbage-first heap   total 524288K, used 40960K [0x00000000e0000000, 0x0000000100000000)
[0.700s][info][gc,heap,exit]  Metaspace       used 9389K, committed 9600K, reserved 1114112K'

expect g1-exit-larger "87.8" '[0.327s][info][gc          ] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 82M->49M(128M) 2.000ms
[0.576s][info][gc,heap,exit]  garbage-first heap   total 131072K, used 89908K [0x00000000f8000000, 0x0000000100000000)'

expect gigabytes-and-kilobytes "2048.0" '[1.0s][info][gc] GC(3) Pause Full (System.gc()) 2G->512M(4G) 80.000ms
[1.1s][info][gc] GC(4) Pause Young (Normal) (G1 Evacuation Pause) 900K->100K(4G) 1.000ms'

expect parallel-generations-added "77.0" '[0.504s][info][gc] GC(0) Pause Young (Allocation Failure) 70M->36M(123M) 5.000ms
[0.622s][info][gc,heap,exit]  PSYoungGen      total 39296K, used 37308K [0x00000000f8000000, 0x00000000faaa0000)
[0.622s][info][gc,heap,exit]   eden space 34944K,  94% used [0x00000000f8000000, 0x00000000fa03ece0)
[0.622s][info][gc,heap,exit]  ParOldGen       total 86016K, used 41550K [0x00000000e0000000, 0x00000000e5400000)'

expect no-collection "0.0" '[0.010s][info][gc,init] Heap Max Capacity: 512M'

exit $failures
