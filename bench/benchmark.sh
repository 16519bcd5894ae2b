#!/usr/bin/env bash
# Benchmark of the year-end job, in two parts:
#  1. CSV: 1,000 units × every V2021 value cell (about 200,000 rows) in one long-layout CSV per unit, at -Xmx512m;
#  2. Excel: the same rows in ONE long-layout .xlsx (streamed reading), at -Xmx256m.
# Builds target/disclosure-rollup.jar when missing, writes the inputs into target/bench/input and
# target/bench/xlsx-input (BenchmarkInputGenerator, Maven profile bench-input), runs the jar with a GC log, and prints
# rows, seconds, rows/s and peak heap for each part.
# Usage: bench/benchmark.sh [units=1000]        environment: XMX=512m XLSX_XMX=256m EXCEL=1 (0 skips part 2)
set -euo pipefail
cd "$(dirname "$0")/.."

units=${1:-1000}
year=2024
xmx=${XMX:-512m}
xlsx_xmx=${XLSX_XMX:-256m}
bench=target/bench
jar=target/disclosure-rollup.jar

if [[ ! -f $jar ]]; then
  echo "构建 $jar …"
  mvn -q -DskipTests package
fi

# bench_run LABEL INPUT_FOLDER XMX ROWS FILES: runs the job on the year folder and prints the figures
bench_run() {
  local label=$1 input=$2 heap=$3 rows=$4 files=$5 out=$bench/$1
  echo "运行 run --year $year（$label，-Xmx$heap）…"
  local start end status seconds rate peak
  start=$(date +%s%N)
  set +e
  java "-Xmx$heap" "-Xlog:gc*:file=$out-gc.log" -jar "$jar" run --year "$year" \
    --input "$input" --output "$out-output" --data "$out-data" --units "$input/units.csv"
  status=$?
  set -e
  end=$(date +%s%N)
  seconds=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }')
  rate=$(awk -v r="$rows" -v s="$seconds" 'BEGIN { printf "%.0f", (s > 0 ? r / s : 0) }')
  peak=$(bench/peak-heap.sh "$out-gc.log")
  echo
  echo "[$label]"
  echo "行数 rows          $rows（$files 个文件）"
  echo "耗时 seconds       $seconds"
  echo "吞吐 rows/s        $rate"
  echo "峰值堆 peak heap   $peak MB（-Xmx$heap；GC 日志 $out-gc.log）"
  if [[ $status -ne 0 ]]; then
    echo "作业退出码 $status：结果不可作为基准，先看上面的输出" >&2
  fi
  return $status
}

rm -rf "$bench"
mkdir -p "$bench"
echo "生成输入 $bench/input（$units 个单位）…"
mvn -q -Pbench-input test-compile exec:java -Dexec.args="$bench/input $units $year"
files=$(find "$bench/input/$year" -type f -name '*.csv' | wc -l)
lines=$(find "$bench/input/$year" -type f -name '*.csv' -exec cat {} + | wc -l)
bench_run csv "$bench/input" "$xmx" $((lines - files)) "$files"

if [[ ${EXCEL:-1} != 0 ]]; then
  echo
  echo "生成输入 $bench/xlsx-input（$units 个单位，一个 .xlsx 文件）…"
  mvn -q -Pbench-input test-compile exec:java -Dexec.args="$bench/xlsx-input $units $year xlsx"
  # the same rows as the CSV files: one header line per CSV file
  bench_run xlsx "$bench/xlsx-input" "$xlsx_xmx" $((lines - files)) 1
fi
