#!/usr/bin/env bash
# Province benchmark of the year-end job (issue "Province scale: 10,000 units in one run, within 10× of DuckDB, in
# 256 MB", item 6). Prints one table of figures and the targets next to them; it is not a test.
#
# From a clean clone (Java 17, Maven, /usr/bin/time; PostgreSQL 15 binaries for the PostgreSQL rows; network only for
# Maven's first download of duckdb_jdbc):
#   mvn -B -DskipTests package                        # builds target/disclosure-rollup.jar
#   bench/benchmark.sh                                # the default plan, below
#   bench/benchmark.sh 200k                           # quick: 200,000 cells only (same as BENCH_SIZES=200k)
#   BENCH_RUNS="mixed:200k:h2 multi:20u:pg" bench/benchmark.sh   # any runs, shape:size:db
#
# Default plan: multi 200k and 2M on H2 and PostgreSQL, mixed 2M on H2, multi 10M on H2, then the district year (the
# shipped demo input/2024). Sizes are cells (200k = 1,000 units of 200 V2021 cells, 2M = 10,000, 10M = 50,000) or
# <N>u for N units. Shapes: multi, mixed, workbook (BenchmarkInputGenerator). Databases: h2, pg.
# Environment: BENCH_SIZES ("200k 2M 10M"), BENCH_RUNS (replaces the plan), BENCH_XMX (256m), BENCH_TIMEOUT (seconds
# a tool run may take, 1800), BENCH_PG_PORT (first port tried, 55432), BENCH_DISTRICT (1; 0 leaves the district year out).
#
# Inputs are generated into target/bench/input/<shape>-<units>/ and reused while their generated.txt matches; each run
# gets fresh folders under target/bench/runs/ (console, /usr/bin/time -v report, GC log, data/rollup.log). The report
# is also written to target/bench/report.md. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8
source bench/lib/measure.sh
source bench/lib/totals.sh
source bench/lib/postgres.sh

year=2024
xmx=${BENCH_XMX:-256m}
timeout_s=${BENCH_TIMEOUT:-1800}
sizes=${*:-${BENCH_SIZES:-200k 2M 10M}}
jar=target/disclosure-rollup.jar
bench=target/bench
runs=$bench/runs
results=$runs/results.tsv
report=$bench/report.md

say() { printf '%s\n' "$*" >&2; }

# the runs, one "shape:size:db" a word
plan() {
  if [[ -n ${BENCH_RUNS:-} ]]; then
    echo "$BENCH_RUNS"
    return
  fi
  local size
  for size in $sizes; do
    case $size in
      200k) echo multi:200k:h2 multi:200k:pg ;;
      2M) echo multi:2M:h2 multi:2M:pg mixed:2M:h2 ;;
      10M) echo multi:10M:h2 ;;
      *) echo "multi:$size:h2" ;;
    esac
  done
}

# units_of SIZE → units: 200k → 1000, 2M → 10000 (200 V2021 cells a unit), 20u → 20; fails for anything else
units_of() {
  [[ $1 =~ ^([1-9][0-9]*)(u|k|M)$ ]] || return 1
  local n=${BASH_REMATCH[1]}
  case ${BASH_REMATCH[2]} in
    u) echo "$n" ;;
    k) echo $((n * 1000 / 200)) ;;
    M) echo $((n * 1000000 / 200)) ;;
  esac
}

# check_plan: every run is shape:size:db with a shape, size and database the benchmark knows, or it stops (exit 2)
check_plan() {
  local spec shape size db
  for spec in $(plan); do
    IFS=: read -r shape size db <<< "$spec"
    if [[ ! $shape =~ ^(multi|mixed|workbook)$ || ! $db =~ ^(h2|pg)$ ]] || ! units_of "$size" > /dev/null; then
      say "unknown run '$spec': shape:size:db with shape multi, mixed or workbook, size 200k, 2M, 10M or <N>u," \
        "db h2 or pg"
      exit 2
    fi
  done
}

# ratio A B → A/B with one decimal, "—" when either is not a number
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > 0) printf "%.1f\n", a / b; else print "—" }'; }

# per_cell WALL CELLS → microseconds a cell
per_cell() { awk -v w="$1" -v c="$2" 'BEGIN { printf "%.1f\n", w * 1e6 / c }'; }

# row SIZE SHAPE DB UNITS CELLS WALL HEAP RSS X_DUCKDB US_PER_CELL CHECK: one line of the table
row() { (IFS=$'\t'; echo "$*") >> "$results"; }

# measure DIR COMMAND…: runs the command under /usr/bin/time -v (and timeout), output to DIR/console.txt; sets status
measure() {
  local dir=$1
  shift
  status=0
  date +%s.%N > "$dir/started"
  /usr/bin/time -v -o "$dir/time.txt" timeout --kill-after=30 "$timeout_s" "$@" > "$dir/console.txt" 2>&1 || status=$?
}

# failure DIR → "FAILED (exit N…)" for the last measured command, e.g. "FAILED (exit 1, OutOfMemoryError in exportResults)"
failure() {
  local dir=$1 why="exit $status" step=""
  [[ -f $dir/data/rollup.log ]] && step=$(failed_step "$dir/data/rollup.log")
  if [[ $status == 124 || $status == 137 ]]; then
    why="timeout after $timeout_s s"
  elif grep -qs OutOfMemoryError "$dir/console.txt" "$dir/data/rollup.log"; then
    why="$why, OutOfMemoryError"
  fi
  echo "FAILED ($why${step:+ in $step})"
}

# ensure_input SHAPE UNITS → prints the input folder, generating it unless a complete one is there
ensure_input() {
  local shape=$1 units=$2 folder=$bench/input/$1-$2
  if ! grep -qs "^shape=$shape units=$units year=$year " "$folder/generated.txt"; then
    say "generating $folder ($units units, shape $shape) …"
    local start=$SECONDS
    java -cp "$generator_cp" org.disclosurerollup.demo.BenchmarkInputGenerator "$folder" "$units" "$year" "$shape" \
      > "$bench/input/$shape-$units.log" 2>&1 || { say "generation failed, see $bench/input/$shape-$units.log"; return 1; }
    say "  generated in $((SECONDS - start)) s"
  fi
  echo "$folder"
}

# duckdb SHAPE UNITS INPUT SIZE: DuckDB's sums of the input's cells (a JVM process of its own), once per input and
# benchmark run, as a row of the table; sets duckdb_wall and duckdb_sums (both "" when DuckDB failed)
duckdb() {
  local shape=$1 units=$2 input=$3 size=$4 dir=$runs/duckdb-$1-$2
  if [[ ! -f $dir/time.txt ]]; then
    mkdir -p "$dir"
    local layout=plain files=$input/duckdb/cells.csv
    if [[ $shape == multi ]]; then
      layout=long files="$input/$year/*.csv"
    fi
    say "DuckDB on $input …"
    measure "$dir" java -cp "$duckdb_cp" org.disclosurerollup.demo.DuckDbSums "$dir/sums.csv" "$layout" "$files"
    local cells=$((units * 200)) wall check=reference
    wall=$(wall_seconds "$dir/time.txt")
    if [[ $status != 0 ]]; then
      check=$(failure "$dir")
      rm -f "$dir/sums.csv"
    fi
    row "$size" "$shape" duckdb "$units" "$cells" "$wall" — "$(max_rss_mb "$dir/time.txt")" 1.0 \
      "$(per_cell "$wall" "$cells")" "$check"
  fi
  duckdb_sums="" duckdb_wall=""
  if [[ -f $dir/sums.csv ]]; then
    duckdb_sums=$dir/sums.csv
    duckdb_wall=$(wall_seconds "$dir/time.txt")
  fi
}

# tool DIR DB ARGUMENTS…: one run of the jar through bin/rollup, as users run it, at -Xmx$xmx with a fresh data folder (and database); sets status
tool() {
  local dir=$1 db=$2
  shift 2
  rm -rf "$dir"
  mkdir -p "$dir/data" "$dir/output"
  local env=() url
  if [[ $db == pg ]]; then
    if ! url=$(pg_fresh_database "bench_$(basename "$dir" | tr -c 'a-z0-9\n' '_')" 2> "$dir/console.txt"); then
      status=99
      return
    fi
    env=(SPRING_DATASOURCE_URL="$url" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=)
  fi
  measure "$dir" env "${env[@]}" ROLLUP_JAR="$jar" JAVA_OPTS="-Xmx$xmx -Xlog:gc:file=$dir/gc.log" bin/rollup run \
    --year "$year" --output "$dir/output" --data "$dir/data" "$@"
  if [[ $db == pg ]] && compgen -G "$dir/data/*.mv.db" > /dev/null; then
    echo "an H2 database was written although PostgreSQL was configured" >> "$dir/console.txt"
    status=98
  fi
  rm -f "$dir"/data/*.db   # the database files can be large; the log stays
}

# run_province SHAPE SIZE DB: one row of the table
run_province() {
  local shape=$1 size=$2 db=$3 units input
  units=$(units_of "$size")
  local cells=$((units * 200)) dir=$runs/$shape-$units-$db
  if ! input=$(ensure_input "$shape" "$units"); then
    row "$size" "$shape" "$db" "$units" "$cells" — — — — — "FAILED (input generation)"
    return
  fi
  duckdb "$shape" "$units" "$input" "$size"
  if [[ $db == pg && -z $PG_PORT ]]; then
    row "$size" "$shape" "$db" "$units" "$cells" — — — — — "SKIPPED ($pg_problem)"
    return
  fi
  say "tool on $input, $db, -Xmx$xmx …"
  tool "$dir" "$db" --input "$input" --units "$input/units.csv" --district 基准省
  local wall check per_cell=— times=—
  wall=$(wall_seconds "$dir/time.txt")
  if [[ $status == 0 ]]; then
    check=$(if [[ -n $duckdb_sums ]]; then totals_check "$dir/output/$year/totals.csv" "$duckdb_sums"; else echo "no DuckDB sums"; fi)
    per_cell=$(per_cell "$wall" "$cells")
    times=$(ratio "$wall" "$duckdb_wall")
  else
    check=$(failure "$dir")
  fi
  row "$size" "$shape" "$db" "$units" "$cells" "$wall" "$(heap_after_gc_mb "$dir/gc.log")" \
    "$(max_rss_mb "$dir/time.txt")" "$times" "$per_cell" "$check"
  say "  $wall s: $check"
}

# run_district: the shipped demo's year (input/2024), H2, JVM start to exit
run_district() {
  local dir=$runs/district-h2 files
  files=$(find input/$year -type f | wc -l)
  say "tool on input/$year (the demo district year) …"
  tool "$dir" h2 --input input
  local check=completed
  [[ $status == 0 ]] || check=$(failure "$dir")
  row "input/$year ($files files)" district h2 — — "$(wall_seconds "$dir/time.txt")" \
    "$(heap_after_gc_mb "$dir/gc.log")" "$(max_rss_mb "$dir/time.txt")" — — "$check"
}

# value_of SIZE SHAPE DB COLUMN → one figure of the table (columns numbered from 1; SIZE * for any), "" when that run
# is not there or did not complete
value_of() {
  awk -F'\t' -v size="$1" -v shape="$2" -v db="$3" -v column="$4" \
    '(size == "*" || $1 == size) && $2 == shape && $3 == db && $11 !~ /^(FAILED|SKIPPED)/ { print $column }' "$results"
}

# target TEXT MEASURED LIMIT: one line of the targets, e.g. "- met      multi 2M H2 ≤ 10× DuckDB: 8.1"
target() {
  awk -v text="$1" -v measured="$2" -v limit="$3" 'BEGIN {
    if (measured !~ /^[0-9.]+$/) printf "- n/a      %s: no figure (run failed or not in this plan)\n", text
    else printf "- %-8s %s: %s\n", (measured + 0 <= limit + 0 ? "met" : "NOT met"), text, measured
  }'
}

# table: the results as a Markdown table, columns aligned when util-linux column is there
table() {
  local header=$'input\tshape\tdb\tunits\tcells\twall s\tpeak heap after GC MB\tmax RSS MB\t× DuckDB\tµs/cell\ttotals check'
  { echo "$header"; echo "$header" | sed 's/[^\t]*/---/g'; cat "$results"; } |
    sed 's/^/| /; s/\t/\t| /g; s/$/ |/' |
    if command -v column > /dev/null; then column -t -s $'\t' -o ' '; else tr '\t' ' '; fi
}

# flat_per_cell → the largest µs/cell of multi on H2 at 200k, 2M and 10M over the smallest; "" unless all three ran
flat_per_cell() {
  { value_of 200k multi h2 10; value_of 2M multi h2 10; value_of 10M multi h2 10; } |
    awk '/^[0-9.]+$/ { n++; if (min == "" || $1 < min) min = $1; if ($1 > max) max = $1 }
         END { if (n == 3 && min > 0) printf "%.2f\n", max / min }'
}

print_report() {
  echo "# Disclosure Rollup — province benchmark"
  echo
  echo "- date: $(date '+%Y-%m-%d %H:%M %Z')"
  echo "- machine: nproc $(nproc), $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM;" \
    "load average $load_at_start at start, $(cut -d' ' -f1-3 /proc/loadavg) at end"
  echo "- java: $(java -version 2>&1 | head -1)"
  echo "- jar: $jar, built $(date -r "$jar" '+%Y-%m-%d %H:%M') (checkout at $(git log -1 --format=%h 2> /dev/null || echo '?'))"
  echo "- tool runs: JAVA_OPTS='-Xmx$xmx -Xlog:gc:file=…' bin/rollup run --year $year … (the jar $jar, C1 only, class-data" \
    "archive), fresh --data each, at most $timeout_s s;" \
    "PostgreSQL: $(if [[ -n $PG_PORT ]]; then echo "15 on 127.0.0.1:$PG_PORT, fsync off"; else echo "${pg_problem:-not in this plan}"; fi)"
  echo "- DuckDB reads multi's own CSV files; for mixed and workbook the same cells as one plain CSV (duckdb/cells.csv)"
  echo "- wall = JVM start to exit (/usr/bin/time -v); heap = largest heap after a Young/Full GC (GC log); RSS = max RSS"
  echo
  table
  echo
  echo "Targets:"
  target "multi 2M H2 ≤ 10× DuckDB" "$(value_of 2M multi h2 9)" 10
  target "mixed 2M H2 ≤ 20× DuckDB" "$(value_of 2M mixed h2 9)" 20
  target "µs/cell flat: multi H2 200k…10M, max/min ≤ 1.5" "$(flat_per_cell)" 1.5
  target "PostgreSQL 2M ≤ 2× H2 (wall)" "$(ratio "$(value_of 2M multi pg 6)" "$(value_of 2M multi h2 6)")" 2
  target "district year ≤ 5 s (wall)" "$(value_of '*' district h2 6)" 5
  echo
  echo "Where the time went (Spring Batch steps from each run's data/rollup.log, seconds):"
  local dir
  for dir in "$runs"/*-h2 "$runs"/*-pg; do
    [[ -f $dir/data/rollup.log ]] || continue
    echo "- $(basename "$dir"): $(time_went "$dir")"
  done
}

# time_went RUN_DIR → "JVM start → first log line 6.1; registerSubmissions 0.73 + … = 15.3 in steps; last log line →
# exit 0.3; 26.16 wall": the steps from data/rollup.log, and what comes before and after the job's log
time_went() {
  local dir=$1
  step_seconds "$dir/data/rollup.log" | awk -v started="$(cat "$dir/started")" -v span="$(log_span "$dir/data/rollup.log")" \
      -v wall="$(wall_seconds "$dir/time.txt")" '
    BEGIN { if (span != "") { split(span, at, " "); printf "JVM start → first log line %.1f; ", at[1] - started } }
    { printf "%s%s %s", (NR > 1 ? " + " : ""), $1, $2; steps += $2 }
    END {
      printf (NR == 0 ? "no step finished" : " = %.1f in steps"), steps
      if (span != "") printf "; last log line → exit %.1f", started + wall - at[2]
      printf "; %s wall\n", wall
    }'
}

# --- the run ---------------------------------------------------------------------------------------------------------

[[ -x /usr/bin/time ]] || { say "/usr/bin/time is missing (apt-get install time)"; exit 2; }
if [[ ! -f $jar ]]; then
  say "building $jar …"
  mvn -B -q -DskipTests package
fi
check_plan
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
rm -rf "$runs"
mkdir -p "$runs" "$bench/input"
: > "$results"

say "compiling the generator and resolving duckdb_jdbc (Maven profile bench) …"
mvn -B -q -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$bench/test.classpath" > "$bench/maven.log" 2>&1 || { say "Maven failed, see $bench/maven.log"; exit 2; }
generator_cp=target/test-classes:target/classes:$(cat "$bench/test.classpath")
duckdb_cp=target/test-classes:$(tr ':' '\n' < "$bench/test.classpath" | grep /duckdb_jdbc- | head -1)

# the first JVM after a build reads the 50 MB jar from disk, and bin/rollup's first run unpacks it and makes its
# class-data archive (once per build): neither is part of any measurement
ROLLUP_JAR="$jar" bin/rollup run --year "$year" --output "$runs/warm-up/output" --data "$runs/warm-up/data" \
  > "$runs/warm-up.txt" 2>&1 || true

runs_planned=$(plan)
pg_problem=""
if [[ $runs_planned == *:pg* ]]; then
  trap pg_stop EXIT
  trap 'exit 130' INT TERM
  if ! pg_start "${BENCH_PG_PORT:-55432}" "$runs/postgres-server.log" > "$runs/postgres-start.txt"; then
    pg_problem=$(cat "$runs/postgres-start.txt")
    say "PostgreSQL rows skipped: $pg_problem"
    PG_PORT=""
  fi
fi

for spec in $runs_planned; do
  IFS=: read -r shape size db <<< "$spec"
  run_province "$shape" "$size" "$db"
done
if [[ ${BENCH_DISTRICT:-1} != 0 ]]; then
  run_district
fi
pg_stop

print_report | tee "$report"
