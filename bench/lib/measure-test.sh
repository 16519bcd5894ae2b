#!/usr/bin/env bash
# Checks bench/lib/measure.sh and bench/lib/totals.sh on excerpts of what they read. Run: bench/lib/measure-test.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/measure.sh"
source "$here/totals.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# expect NAME EXPECTED ACTUAL
expect() {
  if [[ $3 == "$2" ]]; then echo "ok   $1 → $3"; else echo "FAIL $1: expected '$2', got '$3'"; failures=$((failures + 1)); fi
}
file() { printf '%s\n' "$2" > "$work/$1"; echo "$work/$1"; }

g1=$(file g1.log '[0.010s][info][gc] Using G1
[0.799s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 12M->1M(256M) 35.708ms
[8.657s][info][gc] GC(14) Pause Young (Concurrent Start) (Metadata GC Threshold) 28M->25M(152M) 9.424ms
[8.757s][info][gc] GC(15) Pause Remark 128M->128M(200M) 10.864ms
[8.792s][info][gc] GC(15) Pause Cleanup 129M->129M(200M) 0.051ms
[25.521s][info][gc] GC(99) Pause Young (Prepare Mixed) (G1 Evacuation Pause) 151M->96M(210M) 13.178ms
[25.552s][info][gc] GC(100) Pause Young (Mixed) (G1 Evacuation Pause) 103M->78M(210M) 12.038ms')
expect heap-after-young-and-mixed-not-remark "96.0" "$(heap_after_gc_mb "$g1")"
full=$(file full.log '[1.0s][info][gc] GC(3) Pause Full (G1 Compaction Pause) 2G->1G(4G) 80.000ms
[1.1s][info][gc] GC(4) Pause Young (Normal) (G1 Evacuation Pause) 900K->512K(4G) 1.000ms')
expect heap-after-full-in-gigabytes "1024.0" "$(heap_after_gc_mb "$full")"
expect heap-after-kilobytes "0.5" "$(heap_after_gc_mb "$(file kb.log '[0.1s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 900K->512K(4096K) 1.0ms')")"
expect heap-after-no-collection "—" "$(heap_after_gc_mb "$(file none.log '[0.010s][info][gc] Using G1')")"

time_report=$(file time.txt '	Command being timed: "java -jar target/disclosure-rollup.jar run --year 2024"
	Elapsed (wall clock) time (h:mm:ss or m:ss): 0:26.16
	Maximum resident set size (kbytes): 419828
	Exit status: 0')
expect wall-minutes-seconds "26.16" "$(wall_seconds "$time_report")"
expect wall-hours "3723.50" "$(wall_seconds "$(file hours.txt '	Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02:03.5')")"
expect max-rss "410.0" "$(max_rss_mb "$time_report")"

log=$(file rollup.log '2026-12-07T05:20:43.241Z  INFO 10331 --- [main] o.s.batch.core.step.AbstractStep         : Step: [registerSubmissions] executed in 728ms
2026-12-07T05:20:49.581Z  INFO 10331 --- [main] o.s.batch.core.step.AbstractStep         : Step: [loadSubmissionRows] executed in 6s305ms
2026-12-07T05:30:49.581Z  INFO 10331 --- [main] o.s.batch.core.step.AbstractStep         : Step: [exportResults] executed in 1m2s3ms')
expect steps "registerSubmissions 0.73|loadSubmissionRows 6.30|exportResults 62.00" "$(step_seconds "$log" | paste -sd '|')"
expect no-failed-step "" "$(failed_step "$log")"
failed=$(file failed.log '2026-12-07T05:51:17.712Z ERROR 29735 --- [main] o.s.batch.core.step.AbstractStep         : Encountered an error executing step exportResults in job yearEndJob

java.lang.OutOfMemoryError: Java heap space')
expect failed-step "exportResults" "$(failed_step "$failed")"
expect log-span "1796622677.712000000 1796622677.712000000" "$(log_span "$failed")"

sums=$(file sums.csv 'code,value
P01@M,0
P03@N,12000015
P06@AMT,10.5')
totals=$(file totals.csv $'\xef\xbb\xbfyear,scope,code,value
2024,all,P01@M,0
2024,all,P03@N,12000015
2024,all,P06@AMT,10.50
2024,district,P03@N,7')
expect totals-ok "OK (3 codes)" "$(totals_check "$totals" "$sums")"
wrong=$(file wrong.csv $'\xef\xbb\xbfyear,scope,code,value
2024,all,P01@M,0
2024,all,P03@N,12000016
2024,all,P06@AMT,10.50')
expect totals-mismatch "MISMATCH (1 of 3 codes, e.g. P03@N 12000016 ≠ 12000015)" "$(totals_check "$wrong" "$sums")"
expect totals-missing-code "MISMATCH (1 of 3 codes, e.g. P06@AMT missing ≠ 10.5)" \
  "$(totals_check "$(file short.csv $'year,scope,code,value\n2024,all,P01@M,0\n2024,all,P03@N,12000015')" "$sums")"

exit $failures
