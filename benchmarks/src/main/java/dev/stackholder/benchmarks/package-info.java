/**
 * JMH benchmarks of Stackholder, each against a plain-code baseline measured in the same run. Not
 * run by the build: {@code ./mvnw -q -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar}.
 */
package dev.stackholder.benchmarks;
