#!/bin/sh
# Start-up of the stackholder program through its launcher (cli/bin/stackholder), as a user runs it:
# the median of 10 runs of each command, after 2 warm-up runs (file cache), with hyperfine
# (Debian: apt-get install hyperfine). Build first: ./mvnw -pl cli -am -DskipTests package
# Results: benchmarks/target/startup.json and .md; docs/performance.md quotes them.
set -eu
cd "$(dirname "$0")/.."
mkdir -p benchmarks/target
out=$(mktemp -d)
s=cli/bin/stackholder
hyperfine -N --warmup 2 --runs 10 --export-json benchmarks/target/startup.json \
  --export-markdown benchmarks/target/startup.md \
  -n 'stackholder --version' "$s --version" \
  -n 'stackholder dues' "$s dues --tier gold --revenue 'EUR 3000000000'" \
  -n 'stackholder board' "$s board" \
  -n 'stackholder compare' "$s compare --revenue 'USD 5000000000' --employees 20000 --kind commercial" \
  -n 'stackholder roster' "$s roster" \
  -n 'stackholder income' "$s income" \
  -n 'stackholder chart members' "$s chart members --out $out/members.png"
rm -rf "$out"
# Medians, in seconds:
python3 -c '
import json
for r in json.load(open("benchmarks/target/startup.json"))["results"]:
    print("%-27s %.3f s (min %.3f, max %.3f)" % (r["command"], r["median"], r["min"], r["max"]))
'
