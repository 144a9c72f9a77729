#!/usr/bin/env python3
"""Turns bench_scopes' JSON output into the ratio table of docs/performance.md (markdown).

Usage: scripts/bench_table.py [--compiler NAME] bench.json
CPU time. With repetitions run in random interleaving (scripts/bench.sh), repetition i of every
benchmark ran in the same round, so each ratio is the median over rounds of that round's
ratio: a library run is compared with the baseline run next to it in time. On a machine whose
speed changes while it runs (a shared VM switching between two speeds, seen here) medians taken
per benchmark can fall on different speeds and skew the ratio either way. Times shown are the
medians per benchmark. Exits 1 when a target is missed, so a script can notice.
"""
import argparse
import json
import statistics
import sys

# (library benchmark, baseline benchmark, how the ratio is read, target, label)
#   "faster": baseline / library, must be >= target;  "within": library / baseline, <= target.
RATIOS = [
    ("parse/full", "naive/full", "faster", 20.0, "parse, full list, vs naive parser"),
    ("parse/full", "floor/full", "within", 2.0, "parse, full list, vs tokenize-only floor"),
    ("parse/typical", "naive/typical", "faster", None, "parse, 5 scopes, vs naive parser"),
    ("parse/typical", "floor/typical", "within", None, "parse, 5 scopes, vs floor"),
    ("parse/comma", "naive/comma", "faster", None, "parse, comma list, vs naive parser"),
    ("parse/comma", "floor/comma", "within", None, "parse, comma list, vs floor"),
    ("parse/encoded", "naive/encoded", "faster", None, "parse, percent-encoded, vs naive (decode + split)"),
    ("parse/encoded", "floor/encoded", "within", None, "parse, percent-encoded, vs floor"),
    ("find_endpoint/mix", "linear_scan/mix", "faster", 5.0, "find_endpoint vs linear scan (8 paths)"),
]
ABSOLUTE = ["validate/full", "join/full", "join_to/full", "encode_scope_param/full", "authorize_url/full"]


def load(path):
    """(context, median time per benchmark, {benchmark: {repetition index: time}})"""
    with open(path) as f:
        data = json.load(f)
    rounds = {}
    for b in data["benchmarks"]:
        if b.get("error_occurred"):
            sys.exit(f"bench_table: {b['name']} failed: {b.get('error_message')}")
        if b.get("run_type", "iteration") == "iteration":
            rounds.setdefault(b.get("run_name", b["name"]), {})[b.get("repetition_index", 0)] = b["cpu_time"]
    times = {name: statistics.median(r.values()) for name, r in rounds.items()}
    return data.get("context", {}), times, rounds


def paired_ratio(rounds, numerator, denominator):
    """Median over the rounds both ran in of numerator / denominator."""
    shared = rounds[numerator].keys() & rounds[denominator].keys()
    return statistics.median(rounds[numerator][i] / rounds[denominator][i] for i in shared)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--compiler", default="?")
    parser.add_argument("json")
    args = parser.parse_args()
    context, t, rounds = load(args.json)
    missed = 0
    cpus = context.get("num_cpus", "?")
    print(f"\nbench_scopes, {args.compiler}, {context.get('date', '?')}, {cpus} CPUs at "
          f"{context.get('mhz_per_cpu', '?')} MHz, load {context.get('load_avg', '?')}\n")
    print("| measure | library | baseline | ratio | target | met |")
    print("|---|---:|---:|---:|---:|---|")
    for lib, base, kind, target, label in RATIOS:
        if lib not in t or base not in t:
            continue
        if kind == "faster":
            ratio = paired_ratio(rounds, base, lib)
            ok = target is None or ratio >= target
            target_text = "" if target is None else f">= {target:g}x"
        else:
            ratio = paired_ratio(rounds, lib, base)
            ok = target is None or ratio <= target
            target_text = "" if target is None else f"<= {target:g}x"
        met = "" if target is None else ("yes" if ok else "**no**")
        missed += 0 if ok else 1
        print(f"| {label} | {t[lib]:.0f} ns | {t[base]:.0f} ns | {ratio:.2f}x | {target_text} | {met} |")
    for name in ABSOLUTE:
        if name in t:
            print(f"| {name.split('/')[0]}, full set | {t[name]:.0f} ns | | | | |")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
