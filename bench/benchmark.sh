#!/usr/bin/env bash
# Benchmark of the year-end job: 1,000 units × every V2021 value cell (about 200,000 rows) through `run --year 2024`.
# Builds target/disclosure-rollup.jar when missing, writes the input into target/bench/input (BenchmarkInputGenerator,
# Maven profile bench-input), runs the jar with -Xmx512m and a GC log, and prints rows, seconds, rows/s and peak heap.
# Usage: bench/benchmark.sh [units=1000]        environment: XMX=512m
set -euo pipefail
cd "$(dirname "$0")/.."

units=${1:-1000}
year=2024
xmx=${XMX:-512m}
bench=target/bench
jar=target/disclosure-rollup.jar

if [[ ! -f $jar ]]; then
  echo "构建 $jar …"
  mvn -q -DskipTests package
fi

rm -rf "$bench"
mkdir -p "$bench"
echo "生成输入 $bench/input（$units 个单位）…"
mvn -q -Pbench-input test-compile exec:java -Dexec.args="$bench/input $units $year"

files=$(find "$bench/input/$year" -type f -name '*.csv' | wc -l)
lines=$(find "$bench/input/$year" -type f -name '*.csv' -exec cat {} + | wc -l)
rows=$((lines - files))

echo "运行 run --year $year …"
start=$(date +%s%N)
set +e
java "-Xmx$xmx" "-Xlog:gc*:file=$bench/gc.log" -jar "$jar" run --year "$year" \
  --input "$bench/input" --output "$bench/output" --data "$bench/data" --units "$bench/input/units.csv"
status=$?
set -e
end=$(date +%s%N)

seconds=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }')
rate=$(awk -v r="$rows" -v s="$seconds" 'BEGIN { printf "%.0f", (s > 0 ? r / s : 0) }')
peak=$(bench/peak-heap.sh "$bench/gc.log")

echo
echo "行数 rows          $rows（$files 个文件）"
echo "耗时 seconds       $seconds"
echo "吞吐 rows/s        $rate"
echo "峰值堆 peak heap   $peak MB（-Xmx$xmx；GC 日志 $bench/gc.log）"
if [[ $status -ne 0 ]]; then
  echo "作业退出码 $status：结果不可作为基准，先看上面的输出" >&2
fi
exit $status
