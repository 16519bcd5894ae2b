# Figures of one measured process, from the report of /usr/bin/time -v and from the JVM's own GC log
# (java -Xlog:gc:file=gc.log). Sourced by bench/benchmark.sh; checked by bench/lib/measure-test.sh.

# wall_seconds TIME_REPORT → e.g. 26.16, from "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:26.16"
wall_seconds() {
  awk -F': ' '/Elapsed \(wall clock\) time/ {
    n = split($NF, part, ":"); s = 0
    for (i = 1; i <= n; i++) s = s * 60 + part[i]
    printf "%.2f\n", s
  }' "$1"
}

# max_rss_mb TIME_REPORT → e.g. 410.0, from "Maximum resident set size (kbytes): 419828"
max_rss_mb() {
  awk -F': ' '/Maximum resident set size/ { printf "%.1f\n", $NF / 1024 }' "$1"
}

# heap_after_gc_mb GC_LOG → the largest heap occupancy right after a collection, in MB, e.g. 96.0 from
# "GC(99) Pause Young (Prepare Mixed) (G1 Evacuation Pause) 151M->96M(210M) 13.178ms"; "—" when nothing was collected.
# Only pauses that collect count (Young, Mixed, Full): a G1 Remark or Cleanup pause frees nothing, so its "after" is
# just the occupancy of that moment.
heap_after_gc_mb() {
  awk '
    function mb(text,   unit, n) {
      unit = substr(text, length(text)); n = substr(text, 1, length(text) - 1) + 0
      return unit == "G" ? n * 1024 : unit == "M" ? n : unit == "K" ? n / 1024 : n / 1048576
    }
    /Pause (Young|Full)/ && match($0, /[0-9]+[BKMG]->[0-9]+[BKMG]\(/) {
      after = substr($0, RSTART, RLENGTH - 1); sub(/.*->/, "", after)
      if (mb(after) > peak) peak = mb(after)
      seen = 1
    }
    END { if (seen) printf "%.1f\n", peak; else print "—" }
  ' "$1"
}

# step_seconds ROLLUP_LOG → one line per Spring Batch step, "name seconds", from
# "Step: [loadSubmissionRows] executed in 6s305ms" (also "1m2s3ms", "728ms"); nothing when the log has no such line.
step_seconds() {
  awk 'match($0, /Step: \[[^]]+\] executed in [0-9hms]+/) {
    text = substr($0, RSTART, RLENGTH)
    name = text; sub(/^Step: \[/, "", name); sub(/\].*/, "", name)
    spent = text; sub(/.* executed in /, "", spent)
    s = 0
    while (match(spent, /^[0-9]+(ms|h|m|s)/)) {
      part = substr(spent, 1, RLENGTH); spent = substr(spent, RLENGTH + 1)
      n = part + 0
      if (part ~ /ms$/) s += n / 1000; else if (part ~ /h$/) s += n * 3600; else if (part ~ /m$/) s += n * 60; else s += n
    }
    printf "%s %.2f\n", name, s
  }' "$1"
}

# failed_step ROLLUP_LOG → the step that failed, from "Encountered an error executing step exportResults in job …";
# nothing when none did
failed_step() {
  sed -n 's/.*Encountered an error executing step \([^ ]*\) .*/\1/p' "$1" | head -1
}

# log_span ROLLUP_LOG → "FIRST LAST": epoch seconds of the first and the last line that start with an ISO timestamp
# ("2026-12-07T05:20:42.095Z  INFO …", Spring Boot's file log); nothing when there is none
log_span() {
  local first last
  first=$(grep -m1 -oE '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(Z|[+-][0-9:]+)' "$1") || return 0
  last=$(grep -oE '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(Z|[+-][0-9:]+)' "$1" | tail -1)
  echo "$(date -d "$first" +%s.%N) $(date -d "$last" +%s.%N)"
}
