#!/usr/bin/env python3
"""Prints the ratio table of benchmarks/README.md from JMH JSON results (run.sh writes them to
benchmarks/target/warm.json and cold.json): for each benchmark method with "library" in its name,
its score, the score of the baseline in the same class and run, and their ratio (lower is better;
1.0 is as fast as the hand-written code). With -prof gc, also bytes allocated per operation.
    python3 benchmarks/ratios.py benchmarks/target/warm.json benchmarks/target/cold.json
"""
import json
import re
import sys


def key(result):
    params = result.get("params", {})
    return ",".join(f"{k}={v}" for k, v in sorted(params.items()))


def main(paths):
    results = {}
    for path in paths:
        with open(path) as f:
            for result in json.load(f):
                results[(result["benchmark"], key(result))] = result
    print("| benchmark | params | library | baseline | unit | ratio | ratio of best | library B/op | baseline B/op |")
    print("|---|---|---:|---:|---|---:|---:|---:|---:|")
    # Scores are JMH's means with their 99.9% error as a share of the score; "ratio of best" compares
    # the fastest iteration of each side, which holds better when other work shares the machine.
    for (name, params), result in sorted(results.items(), key=lambda kv: (kv[0][0], sort_params(kv[0][1]))):
        method = name.rsplit(".", 1)[1]
        if "ibrary" not in method:
            continue
        base_method = re.sub("Explained$", "", method.replace("Library", "Baseline").replace("library", "baseline"))
        base = results.get((name.rsplit(".", 1)[0] + "." + base_method, params))
        if base is None:
            continue
        lib, bas = result["primaryMetric"], base["primaryMetric"]
        short = name.split(".")[-2].replace("Benchmark", "") + "." + method
        print(f"| {short} | {params} | {fmt(lib['score'])}{err(lib)} | {fmt(bas['score'])}{err(bas)} | {lib['scoreUnit']} "
              f"| {lib['score'] / bas['score']:.1f}x | {best(lib) / best(bas):.1f}x | {alloc(result)} | {alloc(base)} |")


def sort_params(params):
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", params)]


def alloc(result):
    metrics = result.get("secondaryMetrics", {})
    metric = metrics.get("gc.alloc.rate.norm") or metrics.get("\u00b7gc.alloc.rate.norm")
    return f"{metric['score']:,.0f}" if metric else ""


def best(metric):
    """The fastest measured iteration: on a loaded machine, the one least slowed by other work."""
    raw = [value for fork in metric.get("rawData", []) for value in fork]
    return min(raw) if raw else metric["score"]


def err(metric):
    error = metric.get("scoreError")
    if not isinstance(error, (int, float)) or error != error or metric["score"] == 0:
        return ""
    return f" \u00b1{100 * error / metric['score']:.0f}%"


def fmt(score):
    return f"{score:,.0f}" if score >= 100 else f"{score:,.3g}"


if __name__ == "__main__":
    main(sys.argv[1:])
