#!/usr/bin/env python3
"""Header changes that cut compile cost, applied to a scratch copy of include/ and
measured there with scripts/compile_cost.py, so that each number in docs/performance.md can be rerun.

Each experiment is a named edit of the headers (the anchors it replaces must be there, or it
stops); they apply in the order given, onto a copy of include/ in a temporary directory that is
removed afterwards (--keep DIR keeps it). --diff prints the change as a unified diff instead of
measuring it.
  key_arrays          scope_key and the parser's hash table as structs of C arrays, not std::array:
                      every std::array::operator[] is a call that constant evaluation interprets,
                      and a literal reads its key with one per character
  lazy_reporter       _scopes instantiates report_literal_problem only for a bad literal
  lazy_spans          the std::span overloads of least_privilege.hpp as templates whose parameters
                      are spans only once called. Cut g++'s all.hpp by 255 M (0.15x) on d979fc4, where
                      required_scopes(initializer_list) called plan_scopes(calls, listens) with
                      non-dependent arguments, so g++ checked the conversion to std::span (its range
                      constructor's constraints) in every unit; 390add9's delegation to the span
                      overload removed that, and this saves nothing since
  generated_scope_tables  scope.hpp's tables (actions_by_name, scope_text, scope_entries,
                      scope_index_of) written as data (as tools/regenerate would write them)
                      instead of built by lambdas in every unit; needs g++ to compute them
  generated_hash_table    the parser's hash table as data too (after key_arrays)
  generated_allowed_table token_rules.hpp's allowed_scope_table (caaac5b) as data too
--from DIR starts from a copy of DIR instead of include/ (a snapshot, while include/ is being edited).
Usage: scripts/compile_cost_experiments.py EXPERIMENT... [--diff] [--keep DIR] [--from DIR] [-- compile_cost.py options]
  e.g. scripts/compile_cost_experiments.py key_arrays lazy_reporter lazy_spans -- --instructions
"""
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCOPES = os.path.join("webflow", "scopes")


OPTIONAL = "(optional)"


def edit(include, name, pairs):
    """Applies (regex, replacement) pairs to a header; each must match at least once, but for
    those marked OPTIONAL (spellings that the header may or may not use)."""
    path = os.path.join(include, SCOPES, name)
    with open(path) as f:
        text = f.read()
    for pattern, replacement in pairs:
        optional = pattern.startswith(OPTIONAL)
        text, count = re.subn(pattern[len(OPTIONAL):] if optional else pattern, replacement, text)
        if count == 0 and not optional:
            sys.exit(f"compile_cost_experiments: {name} no longer has what this experiment replaces: {pattern}")
    with open(path, "w") as f:
        f.write(text)


def key_arrays(include):
    edit(include, "parse.hpp", [
        (r"using scope_key = std::array<std::uint64_t, key_words>;",
         "// A C array in a struct, not std::array: the literals read keys in constant evaluation, where\n"
         "// every std::array::operator[] is a call the compiler interprets.\n"
         "struct scope_key {\n"
         "    std::uint64_t words[key_words]{};  // NOLINT(modernize-avoid-c-arrays)\n"
         "};"),
        (r"(?<![\w.])(key|raw)\[", r"\1.words["),
        (r"\.key\[", ".key.words["),
        (OPTIONAL + r"key\.data\(\)", "key.words"),
        (r"(for \(const std::uint64_t word : key)\)", r"\1.words)"),
        (r"inline constexpr auto scope_hash_table = \[\] \{\n(\s*)std::array<scope_slot, scope_hash_slots> table\{\};",
         "struct scope_hash_slots_t {\n    scope_slot slots[scope_hash_slots];  // NOLINT(modernize-avoid-c-arrays)\n};\n"
         r"inline constexpr scope_hash_slots_t scope_hash_table = [] {\n\1scope_hash_slots_t table{};"),
        (r"(?<![\w.])table\[slot\]", "table.slots[slot]"),
        (r"scope_hash_table\[slot\]", "scope_hash_table.slots[slot]"),
    ])
    edit(include, "literals.hpp", [(r"(?<![\w.])key\[", "key.words[")])


def lazy_reporter(include):
    edit(include, "literals.hpp", [(
        r"(consteval scope_set operator\"\"_scopes\(\) \{\n)"
        r"    (detail::report_literal_problem<detail::literal_verdict_of<Text>>\(\);\n)",
        r"\1    if constexpr (detail::literal_verdict_of<Text>.code != errc::none) {\n        \2    }\n")])


def lazy_spans(include):
    edit(include, "least_privilege.hpp", [
        (r"#include <span>\n", "#include <span>\n#include <type_traits>\n"),
        (r"\[\[nodiscard\]\] constexpr plan_result plan_scopes\(std::span<const endpoint_ref> calls,\s*"
         r"std::span<const trigger_type> listens = \{\}\) noexcept \{",
         "// Templates whose parameters are spans only once called (Ref and Trigger are never deduced), so\n"
         "// std::span<const endpoint_ref> is instantiated only where these are called.\n"
         "template <class Ref = endpoint_ref, class Trigger = trigger_type>\n"
         "[[nodiscard]] constexpr plan_result plan_scopes(std::type_identity_t<std::span<const Ref>> calls,\n"
         "                                                std::type_identity_t<std::span<const Trigger>> listens = {}) noexcept {"),
        (r"template <std::size_t Deferred = 0>\n\[\[nodiscard\]\] consteval scope_set required_scopes\("
         r"std::span<const endpoint_ref> calls,\s*std::span<const trigger_type> listens = \{\}\) \{",
         "template <std::size_t Deferred = 0, class Ref = endpoint_ref, class Trigger = trigger_type>\n"
         "[[nodiscard]] consteval scope_set required_scopes(std::type_identity_t<std::span<const Ref>> calls,\n"
         "                                                  std::type_identity_t<std::span<const Trigger>> listens = {}) {"),
        (r"\[\[nodiscard\]\] constexpr plan_validation validate\(std::span<const endpoint_ref> calls, token_type t,",
         "template <class Ref = endpoint_ref>\n"
         "[[nodiscard]] constexpr plan_validation validate(std::type_identity_t<std::span<const Ref>> calls, token_type t,"),
    ])


def computed(include, body):
    """What a program printing with body prints, built with g++ against the headers in include."""
    with tempfile.TemporaryDirectory(prefix="webflow_scopes_experiment_") as tmp:
        source, program = os.path.join(tmp, "dump.cpp"), os.path.join(tmp, "dump")
        with open(source, "w") as f:
            f.write("#include <webflow/scopes.hpp>\n#include <cstdio>\nint main() {\n"
                    "    namespace d = webflow::scopes::detail;\n    using namespace webflow::scopes;\n" + body + "}\n")
        subprocess.run(["g++", "-std=c++20", "-I", include, source, "-o", program], check=True)
        return subprocess.run([program], capture_output=True, text=True, check=True).stdout


def replace_lambda(include, name, variable, declaration):
    """Replaces `inline constexpr auto variable = [] {...}();` with declaration."""
    path = os.path.join(include, SCOPES, name)
    with open(path) as f:
        text = f.read()
    start = text.find(f"inline constexpr auto {variable} = [] {{")
    if start < 0:
        start = text.find(f"inline constexpr scope_hash_slots_t {variable} = [] {{")
    if start < 0:
        sys.exit(f"compile_cost_experiments: {name} no longer builds {variable} with a lambda")
    end = text.index("}();", start) + len("}();")
    with open(path, "w") as f:
        f.write(text[:start] + declaration + text[end:])


def generated_scope_tables(include):
    out = computed(include, r"""
    for (auto a : d::actions_by_name) std::printf("static_cast<access>(%d), ", (int)a);
    std::printf("\n");
    for (char c : d::scope_text) std::printf("'%c',", c);
    std::printf("\n");
    for (auto e : d::scope_entries) std::printf("{static_cast<resource>(%d), static_cast<access>(%d), std::string_view{scope_text.data() + %d, %d}}, ", (int)e.res, (int)e.acc, (int)(e.name.data() - d::scope_text.data()), (int)e.name.size());
    std::printf("\n");
    for (auto& row : d::scope_index_of) { std::printf("{{"); for (auto x : row) std::printf("%d,", (int)x); std::printf("}}, "); }
    std::printf("\n");
""").splitlines()
    replace_lambda(include, "scope.hpp", "actions_by_name",
                   f"inline constexpr std::array<access, access_count> actions_by_name{{{out[0]}}};")
    replace_lambda(include, "scope.hpp", "scope_text",
                   f"inline constexpr std::array<char, registry_scope_text.chars> scope_text{{{out[1]}}};")
    replace_lambda(include, "scope.hpp", "scope_entries",
                   f"inline constexpr std::array<scope_entry, registry_scope_text.scopes> scope_entries{{{{{out[2]}}}}};")
    replace_lambda(include, "scope.hpp", "scope_index_of",
                   "inline constexpr std::array<std::array<std::uint8_t, access_count>, resource_count> "
                   f"scope_index_of{{{{{out[3]}}}}};")


def generated_hash_table(include):
    out = computed(include, r"""
    for (auto& s : d::scope_hash_table.slots) {
        std::printf("    {{{");
        for (std::size_t k = 0; k < d::key_words; ++k) std::printf("%s0x%016llxULL", k ? ", " : "", (unsigned long long)s.key.words[k]);
        std::printf("}}, %d},\n", (int)s.index);
    }
""")
    replace_lambda(include, "parse.hpp", "scope_hash_table",
                   "inline constexpr scope_hash_slots_t scope_hash_table{{\n" + out + "}};")


def generated_allowed_table(include):
    out = computed(include, r"""
    for (auto& row : d::allowed_scope_table) {
        std::printf("{{");
        for (auto set : row) std::printf("scope_set::from_bits(0x%llxULL), ", (unsigned long long)set.bits());
        std::printf("}}, ");
    }
""")
    replace_lambda(include, "token_rules.hpp", "allowed_scope_table",
                   "inline constexpr std::array<std::array<scope_set, app_access_level_count>, token_type_count> "
                   f"allowed_scope_table{{{{{out}}}}};")


EXPERIMENTS = {f.__name__: f for f in (key_arrays, lazy_reporter, lazy_spans, generated_scope_tables,
                                       generated_hash_table, generated_allowed_table)}


def main():
    argv = sys.argv[1:]
    rest = argv[argv.index("--") + 1:] if "--" in argv else []
    argv = argv[:argv.index("--")] if "--" in argv else argv
    show_diff = "--diff" in argv
    keep = argv[argv.index("--keep") + 1] if "--keep" in argv else None
    source = os.path.abspath(argv[argv.index("--from") + 1]) if "--from" in argv else os.path.join(ROOT, "include")
    names = [a for a in argv if a in EXPERIMENTS]
    unknown = [a for a in argv if a not in EXPERIMENTS and a not in ("--diff", "--keep", keep, "--from")
               and os.path.abspath(a) != source]
    if unknown or not names:
        sys.exit(__doc__ if not unknown else f"compile_cost_experiments: unknown {unknown}; known: {list(EXPERIMENTS)}")
    # A fixed directory, as compile_cost.py's: the counts depend a little on the include path.
    directory = keep or os.path.join(tempfile.gettempdir(), "webflow_scopes_experiment")
    include = os.path.join(directory, "include")
    shutil.rmtree(include, ignore_errors=True)
    shutil.copytree(source, include)
    for name in names:
        EXPERIMENTS[name](include)
    try:
        if show_diff:
            for dirpath, _, files in os.walk(include):
                for file in sorted(files):
                    new = os.path.join(dirpath, file)
                    rel = os.path.relpath(new, include)
                    with open(os.path.join(source, rel)) as a, open(new) as b:
                        sys.stdout.writelines(difflib.unified_diff(a.readlines(), b.readlines(),
                                                                   f"a/include/{rel}", f"b/include/{rel}"))
            return 0
        print(f"experiments: {' '.join(names)}", flush=True)
        return subprocess.run([sys.executable, os.path.join(HERE, "compile_cost.py"), "--include", include, *rest]).returncode
    finally:
        if not keep:
            shutil.rmtree(directory)


if __name__ == "__main__":
    sys.exit(main())
