/**
 * JMH benchmarks of Stackholder, each against a plain-code baseline measured in the same run. Not
 * run by the build: {@code benchmarks/run.sh} packages and runs them all (see benchmarks/README.md
 * in the repository for the options, the results and the goals).
 */
package dev.stackholder.benchmarks;
