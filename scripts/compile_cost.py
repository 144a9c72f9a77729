#!/usr/bin/env python3
"""What including webflow-scopes costs a build, against a baseline in the same run.

Compiles each translation unit with g++ and clang++ (-std=c++20 -O2 -c), RUNS times each,
and reports the median CPU time (user + sys of the compiler, from getrusage) and the ratio
to its baseline. A unit and its baseline are compiled in turn (alternating which goes first),
so a change of machine load during the run weighs on both alike:
  A   <webflow/scopes.hpp> and a few calls (parse, join, find_endpoint, a literal)
      vs the standard headers the library itself includes, with an equivalent trivial use;
  A0  <webflow/scopes.hpp> with an empty main, vs the same headers (what the include alone costs);
  B   200 distinct _scopes literals and 200 static_asserts vs the same headers with 200
      string constants and 200 static_asserts.
Targets (issue 6): A at most 1.3x, B at most 2x. Exits 1 when one is missed.
--breakdown adds, for each header the umbrella includes, what that header (and what it
includes) costs on top of the baseline, to show where the time goes.
--instructions counts the compiler's instructions instead (valgrind's callgrind, one run per
unit, deterministic; about 50 times slower): CPU times on a shared machine move by 0.3x from
run to run, instruction counts do not, so changes are judged by them.
Usage: scripts/compile_cost.py [--runs 7] [--compilers g++ clang++] [--keep DIR] [--breakdown]
                               [--instructions]
"""
import argparse
import concurrent.futures
import itertools
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INCLUDE = os.path.join(ROOT, "include")
TARGETS = {"A": 1.3, "B": 2.0}


def library_std_headers():
    """The standard headers reachable from the umbrella header, read from the headers themselves."""
    seen, std, todo = set(), set(), [os.path.join(INCLUDE, "webflow", "scopes.hpp")]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        with open(path) as f:
            for line in f:
                m = re.match(r'\s*#\s*include\s*([<"])([^>"]+)[>"]', line)
                if not m:
                    continue
                if m.group(2).startswith("webflow/"):
                    todo.append(os.path.join(INCLUDE, m.group(2)))
                elif m.group(1) == "<":
                    std.add(m.group(2))
    return sorted(std)


def std_includes():
    return "".join(f"#include <{h}>\n" for h in library_std_headers())


def tu_a():
    return """#include <webflow/scopes.hpp>
using namespace webflow::scopes;
int main(int argc, char** argv) {
    const parse_result r = parse(argc > 1 ? argv[1] : "cms:read");
    const std::string joined = join(*r);
    const endpoint* e = find_endpoint(http_method::get, argc > 2 ? argv[2] : "/v2/sites");
    constexpr scope_set literal = "cms:read forms:read"_scopes;
    return static_cast<int>(joined.size() + (e != nullptr ? 1 : 0) + literal.size());
}
"""


def tu_a_baseline():
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


def tu_a0():
    return "#include <webflow/scopes.hpp>\nint main() { return 0; }\n"


def tu_a0_baseline():
    return std_includes() + "int main() { return 0; }\n"


def scope_strings():
    """Every scope string, read from the registry table (resource name x the accesses it offers)."""
    with open(os.path.join(INCLUDE, "webflow", "scopes", "registry.hpp")) as f:
        text = f.read()
    out = []
    for m in re.finditer(r'\{resource::\w+,\s*"(\w+)"(?:sv)?,\s*"[^"]*"(?:sv)?,\s*[^,{]*(?:\{[^}]*\})?[^,]*,\s*(\w+|\{\})', text):
        name, offers = m.group(1), m.group(2)
        if offers == "read_write":
            out += [f"{name}:read", f"{name}:write"]
        elif offers == "read_only":
            out.append(f"{name}:read")
    return out


def literal_lists(count):
    """count distinct scope lists of one to three scopes (no duplicates inside a list)."""
    scopes = scope_strings()
    lists = [list(c) for k in (1, 2, 3) for c in itertools.combinations(scopes, k)]
    return lists[::max(1, len(lists) // count)][:count]


def tu_b():
    lines = ["#include <webflow/scopes.hpp>", "using namespace webflow::scopes::literals;"]
    for i, scopes in enumerate(literal_lists(200)):
        lines.append(f'constexpr auto s{i} = "{" ".join(scopes)}"_scopes;')
        lines.append(f"static_assert(s{i}.size() == {len(scopes)});")
    lines.append("int main() { return static_cast<int>(s0.size()); }")
    return "\n".join(lines) + "\n"


def tu_b_baseline():
    lines = [std_includes()]
    for i, scopes in enumerate(literal_lists(200)):
        text = " ".join(scopes)
        lines.append(f'constexpr std::string_view s{i} = "{text}";')
        lines.append(f"static_assert(s{i}.size() == {len(text)});")
    lines.append("int main() { return static_cast<int>(s0.size()); }")
    return "\n".join(lines) + "\n"


def compile_cpu_seconds(compiler, source):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([compiler, "-std=c++20", "-O2", "-I", INCLUDE, "-c", source, "-o", os.devnull], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def compile_instructions(compiler, source):
    """Instructions the compiler proper executed (the largest count of the processes the driver runs)."""
    proc = subprocess.run(["valgrind", "--tool=callgrind", "--trace-children=yes", "--callgrind-out-file=/dev/null",
                           compiler, "-std=c++20", "-O2", "-I", INCLUDE, "-c", source, "-o", os.devnull],
                          capture_output=True, text=True, check=True)
    counts = [int(m.group(1).replace(",", "")) for m in re.finditer(r"Collected : ([\d,]+)", proc.stderr)]
    return max(counts)


def median_seconds(compiler, source, runs):
    return statistics.median(compile_cpu_seconds(compiler, source) for _ in range(runs))


def paired_median_seconds(compiler, library, baseline, runs):
    """Medians of a unit and its baseline, compiled in turn."""
    times = {library: [], baseline: []}
    for run in range(runs):
        for source in (library, baseline) if run % 2 == 0 else (baseline, library):
            times[source].append(compile_cpu_seconds(compiler, source))
    return statistics.median(times[library]), statistics.median(times[baseline])


def umbrella_headers():
    with open(os.path.join(INCLUDE, "webflow", "scopes.hpp")) as f:
        return re.findall(r'#include "(webflow/scopes/[^"]+)"', f.read())


def breakdown(args, directory, paths):
    print(f"\nPer header: CPU seconds on top of the baseline (empty main), median of {args.runs} runs\n")
    print("| header | " + " | ".join(args.compilers) + " |")
    print("|---|" + "---:|" * len(args.compilers))
    baselines = {c: median_seconds(c, paths["A0_baseline"], args.runs) for c in args.compilers}
    for header in umbrella_headers():
        path = os.path.join(directory, "tu_" + header.replace("/", "_").replace(".hpp", "") + ".cpp")
        with open(path, "w") as f:
            f.write(std_includes() + f"#include <{header}>\nint main() {{ return 0; }}\n")
        paths[path] = path
        cells = [f"{median_seconds(c, path, args.runs) - baselines[c]:+.3f} s" for c in args.compilers]
        print(f"| {header} | " + " | ".join(cells) + " |", flush=True)


def measure_instructions(args, tus, paths):
    """{(compiler, unit): (library, baseline)} in instructions, every unit counted once, as
    many at a time as there are CPUs (the counts do not depend on the load)."""
    if shutil.which("valgrind") is None:
        sys.exit("compile_cost: --instructions needs valgrind")
    jobs = [(c, paths[n + s]) for c in args.compilers for n in tus for s in ("", "_baseline")]
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        counts = dict(zip(jobs, pool.map(lambda job: compile_instructions(*job), jobs)))
    return {(c, n): (counts[c, paths[n]], counts[c, paths[n + "_baseline"]]) for c in args.compilers for n in tus}


def measure_seconds(args, tus, paths):
    """{(compiler, unit): (library, baseline)} in CPU seconds, medians of paired runs."""
    return {(c, n): paired_median_seconds(c, paths[n], paths[n + "_baseline"], args.runs)
            for c in args.compilers for n in tus}


def report(args, tus, labels, values, unit):
    """Prints the ratio table and where A's cost goes; returns how many targets were missed."""
    show = (lambda v: f"{v / 1e6:,.0f} M") if unit == "instructions" else (lambda v: f"{v:.3f} s")
    print("| compiler | translation unit | library | baseline | ratio | target | met |")
    print("|---|---|---:|---:|---:|---:|---|")
    missed = 0
    for compiler in args.compilers:
        version = subprocess.run([compiler, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
        for name in tus:
            library, baseline = values[compiler, name]
            ratio = library / baseline
            target = TARGETS.get(name)
            ok = target is None or ratio <= target
            missed += 0 if ok else 1
            met = "" if target is None else ("yes" if ok else "**no**")
            target_text = "" if target is None else f"<= {target:g}x"
            print(f"| {version} | {labels[name]} | {show(library)} | {show(baseline)} | {ratio:.2f}x "
                  f"| {target_text} | {met} |", flush=True)
    # Where A's cost above its baseline goes: reading the headers (A0 over its baseline) and
    # compiling the code that the calls reach (A over A0), each in units of A's baseline.
    print("\nA above its baseline, in units of that baseline: reading the headers (A0 - A0 baseline)"
          " + generating the code the calls reach (A - A0)\n")
    print("| compiler | headers | code for the calls | A - 1 |")
    print("|---|---:|---:|---:|")
    for compiler in args.compilers:
        a, a_base = values[compiler, "A"]
        a0, a0_base = values[compiler, "A0"]
        print(f"| {compiler} | {(a0 - a0_base) / a_base:.2f} | {(a - a0) / a_base:.2f} | {a / a_base - 1:.2f} |")
    return missed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--compilers", nargs="+", default=["g++", "clang++"])
    parser.add_argument("--keep", metavar="DIR", help="write the translation units to DIR and keep them")
    parser.add_argument("--breakdown", action="store_true", help="also time each header of the umbrella")
    parser.add_argument("--instructions", action="store_true", help="count instructions (callgrind) instead")
    args = parser.parse_args()

    literals = literal_lists(200)
    if len(literals) != 200 or len({tuple(x) for x in literals}) != 200:
        sys.exit("compile_cost: could not make 200 distinct scope lists from the registry")
    tus = {"A": (tu_a(), tu_a_baseline()), "A0": (tu_a0(), tu_a0_baseline()), "B": (tu_b(), tu_b_baseline())}
    labels = {
        "A": "umbrella + parse, join, find_endpoint, a literal",
        "A0": "umbrella, empty main",
        "B": "200 `_scopes` literals + 200 static_asserts",
    }
    directory = args.keep or tempfile.mkdtemp(prefix="webflow_scopes_compile_cost_")
    os.makedirs(directory, exist_ok=True)
    paths = {}
    for name, (library, baseline) in tus.items():
        for suffix, text in (("", library), ("_baseline", baseline)):
            path = os.path.join(directory, f"tu_{name.lower()}{suffix}.cpp")
            with open(path, "w") as f:
                f.write(text)
            paths[name + suffix] = path

    print(f"standard headers of the library (the baseline): {' '.join(library_std_headers())}")
    if args.instructions:
        print("Instructions executed by the compiler (valgrind's callgrind), -std=c++20 -O2 -c\n")
        missed = report(args, tus, labels, measure_instructions(args, tus, paths), "instructions")
    else:
        print(f"CPU seconds, median of {args.runs} runs, -std=c++20 -O2 -c\n")
        missed = report(args, tus, labels, measure_seconds(args, tus, paths), "seconds")
    if args.breakdown:
        breakdown(args, directory, paths)
    if not args.keep:
        for path in paths.values():
            os.remove(path)
        os.rmdir(directory)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
