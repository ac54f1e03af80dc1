#!/bin/sh
# Runs every benchmark of this module: the warm ones with the options given (none: each class's own
# settings, 2 forks, 5 warm-up and 10 measured iterations), then the cold start-up one, which must
# not be warmed up, with 10 forks of one shot each, then the git-history stream in a 64 MB heap,
# then a whole release over real clones against git log alone, if REPOS (default /work/repos)
# holds nova.git, keystone.git and glance.git.
# Results go to benchmarks/target/*.json too.
#   benchmarks/run.sh                                   # the full, slow run
#   benchmarks/run.sh -f 1 -wi 5 -i 5 -r 1 -w 1 -prof gc   # the short run of benchmarks/README.md's results
set -eu
cd "$(dirname "$0")/.."
./mvnw -q -pl benchmarks -am package -DskipTests
java -jar benchmarks/target/benchmarks.jar -e 'ColdStart|readAndRank|WholeRelease' -rf json -rff benchmarks/target/warm.json "$@"
java -jar benchmarks/target/benchmarks.jar ColdStart -f 10 -rf json -rff benchmarks/target/cold.json
# The memory bound: 10^6 commits read, attributed and ranked as a stream in a 64 MB heap (fails if not).
java -jar benchmarks/target/benchmarks.jar 'GitHistoryBenchmark.readAndRank' -p commits=1000000 -bm ss -wi 1 -i 2 \
  -f 1 -jvmArgsAppend "-Xmx64m -XX:+UseSerialGC" -prof gc -rf json -rff benchmarks/target/memory.json
# A whole release (2024.1) over three real clones against git log's own time; one shot per iteration.
REPOS=${REPOS:-/work/repos}
if [ -d "$REPOS/nova.git" ] && [ -d "$REPOS/keystone.git" ] && [ -d "$REPOS/glance.git" ]; then
  java -jar benchmarks/target/benchmarks.jar WholeReleaseBenchmark -p repos="$REPOS" -f 1 -wi 1 -i 5 \
    -rf json -rff benchmarks/target/release.json
fi
