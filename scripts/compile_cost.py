#!/usr/bin/env python3
"""What including webflow-scopes costs a build, against a baseline in the same run.

Compiles each translation unit with g++ and clang++ (-std=c++20 -O2 -c) and reports its cost
as a ratio to a baseline of standard headers only (STD_HEADERS, with an equivalent trivial use):
  core        <webflow/scopes.hpp> (the core umbrella), empty main     vs the headers, empty main
  core+calls  the core umbrella with parse, join and one literal       vs the headers with a trivial use
  compiled    the same with -DWEBFLOW_SCOPES_COMPILED=1 (parse's run-time body is then out of line)
  all         <webflow/scopes/all.hpp>, empty main                     vs the headers, empty main
  literals    200 distinct _scopes literals and their static_asserts   vs the headers with 200 string
              (the core umbrella only)                                    constants and static_asserts
Targets (docs/performance.md): 1.2x, 1.5x, 1.25x, 1.4x, 1.5x, in instructions, for both compilers. Exits 1
when one is missed.

Default mode: CPU time (user + sys of the compiler, from getrusage), the median of RUNS runs; a
unit and its baseline are compiled in turn, alternating which goes first, so a change of machine
load during the run weighs on both alike.
--instructions counts the compiler's instructions instead (valgrind's callgrind, one run per
unit, with address-space randomisation off and the units in a fixed directory, so that reruns from
the same checkout give the same counts (another checkout path moves them by up to 1%); about 50 times
slower than compiling, ~10 minutes in all): CPU times on a shared machine move by 0.3x from run to
run, instruction counts do not, so the targets are judged by them.
--breakdown adds, for each header of all.hpp (the core umbrella's first), what that header and
what it includes cost on top of the empty-main baseline, in the same unit as the table.
--include DIR measures a copy of the headers (an experiment) instead of the repository's include/;
--rows picks rows by unit name (core_empty core_calls core_calls_compiled all_empty literals).
Usage: scripts/compile_cost.py [--instructions] [--runs 7] [--compilers g++ clang++] [--keep DIR]
                               [--breakdown] [--jobs 1] [--include DIR] [--rows NAME...]
"""
import argparse
import concurrent.futures
import itertools
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INCLUDE = os.path.join(ROOT, "include")
FLAGS = ["-std=c++20", "-O2"]

# Frozen: the standard headers the umbrella included before the 0.4 restructuring.
# The targets are stated against this baseline, so it must not follow the headers' includes.
STD_HEADERS = ("algorithm array bit compare cstddef cstdint cstdlib cstring exception initializer_list "
               "iterator optional ranges span string string_view type_traits utility").split()


def std_includes():
    return "".join(f"#include <{h}>\n" for h in STD_HEADERS)


# ---- the translation units ----------------------------------------------------------------------

def tu_base_empty():
    return std_includes() + "int main() { return 0; }\n"


def tu_base_calls():
    return std_includes() + """int main(int argc, char** argv) {
    const std::string_view text = argc > 1 ? argv[1] : "cms:read";
    const std::optional<std::size_t> space = text.find(' ');
    const std::string joined(text);
    std::array<int, 4> values{};
    const std::span<int> view(values);
    constexpr std::string_view literal = "cms:read forms:read";
    return static_cast<int>(joined.size() + space.value_or(0) + view.size() + literal.size());
}
"""


def tu_core_empty():
    return "#include <webflow/scopes.hpp>\nint main() { return 0; }\n"


def tu_all_empty():
    return "#include <webflow/scopes/all.hpp>\nint main() { return 0; }\n"


def tu_core_calls():
    return """#include <webflow/scopes.hpp>
using namespace webflow::scopes;
int main(int argc, char** argv) {
    const parse_result r = parse(argc > 1 ? argv[1] : "cms:read");
    const std::string joined = join(*r);
    constexpr scope_set literal = "cms:read forms:read"_scopes;
    return static_cast<int>(joined.size() + literal.size());
}
"""


def scope_strings():
    """Every scope string, in registry order, as the compiler sees the registry
    (tools/webflow_registry.py builds tools/dump_registry.cpp against the measured headers)."""
    sys.path.insert(0, os.path.join(ROOT, "tools"))
    import webflow_registry  # pylint: disable=import-outside-toplevel
    return webflow_registry.load(os.path.dirname(INCLUDE)).scope_strings()


def literal_lists(count):
    """count distinct scope lists of one to three scopes (no duplicates inside a list)."""
    scopes = scope_strings()
    lists = [list(c) for k in (1, 2, 3) for c in itertools.combinations(scopes, k)]
    return lists[::max(1, len(lists) // count)][:count]


def tu_literals():
    lines = ["#include <webflow/scopes.hpp>", "using namespace webflow::scopes::literals;"]
    for i, scopes in enumerate(literal_lists(200)):
        lines.append(f'constexpr auto s{i} = "{" ".join(scopes)}"_scopes;')
        lines.append(f"static_assert(s{i}.size() == {len(scopes)});")
    lines.append("int main() { return static_cast<int>(s0.size()); }")
    return "\n".join(lines) + "\n"


def tu_base_literals():
    lines = [std_includes()]
    for i, scopes in enumerate(literal_lists(200)):
        text = " ".join(scopes)
        lines.append(f'constexpr std::string_view s{i} = "{text}";')
        lines.append(f"static_assert(s{i}.size() == {len(text)});")
    lines.append("int main() { return static_cast<int>(s0.size()); }")
    return "\n".join(lines) + "\n"


# name: (source, extra flags)
UNITS = {
    "base_empty": (tu_base_empty, []),
    "base_calls": (tu_base_calls, []),
    "base_literals": (tu_base_literals, []),
    "core_empty": (tu_core_empty, []),
    "core_calls": (tu_core_calls, []),
    "core_calls_compiled": (tu_core_calls, ["-DWEBFLOW_SCOPES_COMPILED=1"]),
    "all_empty": (tu_all_empty, []),
    "literals": (tu_literals, []),
}
# (unit, its baseline, label, target)
ROWS = [
    ("core_empty", "base_empty", "core umbrella, empty main", 1.2),
    ("core_calls", "base_calls", "core umbrella + parse, join, one literal (header-only)", 1.5),
    ("core_calls_compiled", "base_calls", "the same, -DWEBFLOW_SCOPES_COMPILED=1", 1.25),
    ("all_empty", "base_empty", "all.hpp, empty main", 1.4),
    ("literals", "base_literals", "200 `_scopes` literals + static_asserts (core umbrella)", 1.5),
]


# ---- measuring ----------------------------------------------------------------------------------

def command(compiler, source, extra):
    return [compiler, *FLAGS, *extra, "-I", INCLUDE, "-c", source, "-o", os.devnull]


def compile_cpu_seconds(compiler, source, extra):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command(compiler, source, extra), check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def compile_instructions(compiler, source, extra):
    """Instructions the compiler proper executed (the largest count of the processes the driver
    runs), with address-space randomisation off: g++'s hash tables are keyed by addresses."""
    norandom = ["setarch", platform.machine(), "-R"] if shutil.which("setarch") else []
    proc = subprocess.run([*norandom, "valgrind", "--tool=callgrind", "--trace-children=yes",
                           "--callgrind-out-file=/dev/null", *command(compiler, source, extra)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"compile_cost: {compiler} failed on {source}:\n{proc.stderr[-3000:]}")
    counts = [int(m.group(1).replace(",", "")) for m in re.finditer(r"Collected : ([\d,]+)", proc.stderr)]
    return max(counts)


def measure_instructions(args, jobs):
    """{job: instructions} for jobs of (compiler, path, extra flags), each counted once, args.jobs at
    a time (the counts do not depend on the load)."""
    if shutil.which("valgrind") is None:
        sys.exit("compile_cost: --instructions needs valgrind")
    jobs = list(dict.fromkeys(jobs))
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        return dict(zip(jobs, pool.map(lambda job: compile_instructions(job[0], job[1], list(job[2])), jobs)))


def paired_median_seconds(compiler, library, baseline, runs):
    """Medians of a unit and its baseline, each a (path, extra flags), compiled in turn."""
    times = {library: [], baseline: []}
    for run in range(runs):
        for unit in (library, baseline) if run % 2 == 0 else (baseline, library):
            times[unit].append(compile_cpu_seconds(compiler, unit[0], list(unit[1])))
    return statistics.median(times[library]), statistics.median(times[baseline])


def measure(args, pairs):
    """{(compiler, unit, baseline): (unit's cost, baseline's cost)} for pairs of (unit, baseline),
    each a (path, extra flags)."""
    if args.instructions:
        counts = measure_instructions(args, [(c, *u) for c in args.compilers for p in pairs for u in p])
        return {(c, *p): (counts[(c, *p[0])], counts[(c, *p[1])]) for c in args.compilers for p in pairs}
    return {(c, *p): paired_median_seconds(c, p[0], p[1], args.runs) for c in args.compilers for p in pairs}


# ---- reporting ----------------------------------------------------------------------------------

def show(args, value):
    return f"{value / 1e6:,.0f} M" if args.instructions else f"{value:.3f} s"


def report(args, units, values):
    """Prints the table of the rows and the split of the call rows; returns how many targets were missed."""
    print("| compiler | translation unit | library | baseline | ratio | target | met |")
    print("|---|---|---:|---:|---:|---:|---|")
    missed = 0
    for compiler in args.compilers:
        version = subprocess.run([compiler, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
        for unit, base, label, target in ROWS:
            library, baseline = values[compiler, units[unit], units[base]]
            ratio = library / baseline
            ok = ratio <= target
            missed += 0 if ok else 1
            print(f"| {version} | {label} | {show(args, library)} | {show(args, baseline)} | {ratio:.2f}x "
                  f"| <= {target:g}x | {'yes' if ok else '**no**'} |", flush=True)
    calls = [u for u, _, _, _ in ROWS if u in ("core_calls", "core_calls_compiled")]
    if "core_empty" not in {u for u, _, _, _ in ROWS} or not calls:
        return missed
    print("\nThe call rows above their baseline, in units of that baseline: reading the core umbrella"
          " (core - its baseline) + the code and constants the calls reach (calls - core)\n")
    print("| compiler | unit | headers | calls | ratio - 1 |")
    print("|---|---|---:|---:|---:|")
    for compiler in args.compilers:
        core, core_base = values[compiler, units["core_empty"], units["base_empty"]]
        for unit in calls:
            library, base = values[compiler, units[unit], units["base_calls"]]
            print(f"| {compiler} | {unit} | {(core - core_base) / base:.2f} | {(library - core) / base:.2f} "
                  f"| {library / base - 1:.2f} |")
    return missed


def all_headers():
    """The headers of the core umbrella, then the opt-in headers all.hpp adds."""
    def included(path):
        with open(os.path.join(INCLUDE, path)) as f:
            return re.findall(r'#include "(webflow/scopes/[^"]+)"', f.read())
    core = included("webflow/scopes.hpp")
    return core + [h for h in included("webflow/scopes/all.hpp") if h not in core]


def breakdown(args, directory, units):
    what = "instructions (M)" if args.instructions else f"CPU seconds, median of {args.runs} runs"
    print(f"\nPer header: {what} on top of the standard headers with an empty main,"
          " and the ratio to that baseline\n")
    print("| header | " + " | ".join(args.compilers) + " |")
    print("|---|" + "---:|" * len(args.compilers))
    base = units["base_empty"]
    headers = {}
    for header in all_headers():
        path = os.path.join(directory, "tu_header_" + re.sub(r"\W", "_", header) + ".cpp")
        with open(path, "w") as f:
            f.write(std_includes() + f"#include <{header}>\nint main() {{ return 0; }}\n")
        headers[header] = (path, ())
    values = measure(args, [(u, base) for u in headers.values()])
    for header, unit in headers.items():
        cells = []
        for c in args.compilers:
            library, baseline = values[c, unit, base]
            cells.append(f"{show(args, library - baseline)} ({library / baseline:.2f}x)")
        print(f"| {header} | " + " | ".join(cells) + " |", flush=True)
    return [u[0] for u in headers.values()]


def main():
    global INCLUDE, ROWS  # --include and --rows
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--compilers", nargs="+", default=["g++", "clang++"])
    parser.add_argument("--keep", metavar="DIR", help="write the translation units to DIR and keep them")
    parser.add_argument("--breakdown", action="store_true", help="also measure each header of all.hpp")
    parser.add_argument("--instructions", action="store_true", help="count instructions (callgrind) instead")
    parser.add_argument("--include", metavar="DIR", help="the include directory to measure (default: include/)")
    parser.add_argument("--rows", nargs="+", choices=[r[0] for r in ROWS], help="only these rows")
    parser.add_argument("--jobs", type=int, default=1,
                        help="callgrind runs at a time with --instructions (the counts do not depend on it)")
    args = parser.parse_args()
    if args.include:
        INCLUDE = os.path.abspath(args.include)
    if args.rows:
        ROWS = [r for r in ROWS if r[0] in args.rows]

    literals = literal_lists(200)
    if len(literals) != 200 or len({tuple(x) for x in literals}) != 200:
        sys.exit("compile_cost: could not make 200 distinct scope lists from the registry")
    # A fixed directory: the compilers' counts move by up to 1% with the paths they are given
    # (clang's and g++'s hash tables are keyed by file names), so a rerun must use the same ones.
    directory = args.keep or os.path.join(tempfile.gettempdir(), "webflow_scopes_compile_cost")
    os.makedirs(directory, exist_ok=True)
    units, written = {}, set()
    for name, (make, extra) in UNITS.items():
        source = make()
        path = os.path.join(directory, f"tu_{make.__name__[3:]}.cpp")
        if path not in written:
            with open(path, "w") as f:
                f.write(source)
            written.add(path)
        units[name] = (path, tuple(extra))

    print(f"headers: {INCLUDE}; baseline: the standard headers {' '.join(STD_HEADERS)}")
    if args.instructions:
        print("Instructions executed by the compiler (valgrind's callgrind), -std=c++20 -O2 -c\n")
    else:
        print(f"CPU seconds, median of {args.runs} paired runs, -std=c++20 -O2 -c\n")
    values = measure(args, [(units[u], units[b]) for u, b, _, _ in ROWS])
    missed = report(args, units, values)
    if args.breakdown:
        written.update(breakdown(args, directory, units))
    if not args.keep:
        for path in written:
            os.remove(path)
        os.rmdir(directory)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
