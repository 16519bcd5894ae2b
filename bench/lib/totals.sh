# The totals check: the tool's totals.csv (scope all) against DuckDB's sums of the same cells.
# Sourced by bench/benchmark.sh; checked by bench/lib/measure-test.sh.

# totals_check TOTALS_CSV DUCKDB_SUMS_CSV → "OK (200 codes)" or "MISMATCH (3 of 200 codes, e.g. P03@N 12 ≠ 13)".
# totals.csv: BOM, header year,scope,code,value; 万元 amounts with two decimals. The sums: header code,value, values
# without trailing zeros (DuckDbSums). Values are compared as text once trailing decimal zeros are gone.
totals_check() {
  awk -F, -v sums="$2" '
    function plain(v) { gsub(/\r/, "", v); if (v ~ /\./) { sub(/0+$/, "", v); sub(/\.$/, "", v) } return v }
    FNR == 1 { next }
    FILENAME == sums { want[$1] = plain($2); next }
    $2 == "all" { got[$3] = plain($4) }
    END {
      for (code in want) {
        codes++
        if (!(code in got) || got[code] != want[code]) {
          bad++; if (example == "") example = code " " (code in got ? got[code] : "missing") " ≠ " want[code]
        }
      }
      for (code in got) if (!(code in want)) { codes++; bad++; if (example == "") example = code " not in DuckDB" }
      if (codes == 0) print "MISMATCH (no codes)"
      else if (bad) printf "MISMATCH (%d of %d codes, e.g. %s)\n", bad, codes, example
      else printf "OK (%d codes)\n", codes
    }
  ' "$2" "$1"
}
