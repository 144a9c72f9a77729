#!/usr/bin/env python3
"""Runs the README's install and use recipes as written, in a scratch directory.

    run_recipes.py --root REPOSITORY --cxx COMPILER [--work DIR] [--only NAME...]

Each recipe is a fenced block after `<!-- recipe: NAME -->` in README.md. The only changes
made to a block are the two a user's machine would differ in: the install prefix
(/usr/local becomes a scratch prefix) and the repository's address (a file:// URL of this
checkout). The scratch directory holds a copy of the repository (the tracked files), app.cpp
(the README's usage example) and, for add_subdirectory, the copy at third_party/webflow-scopes.

    install           a shell script run in the copy; installs into the scratch prefix
    find_package      a CMakeLists.txt: configured against the prefix, built, app run
    fetch_content     a CMakeLists.txt: FetchContent clones the checkout
    add_subdirectory  a CMakeLists.txt next to third_party/webflow-scopes
    pkg_config        shell lines, with PKG_CONFIG_PATH pointing into the prefix
    single_header     shell lines, next to a copy of single_include/
    ci                run by .ci/run itself; checked here to be the commands .ci/run runs

Exit 0 when every recipe ran, and each program it built ran, successfully.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

RECIPE = re.compile(r"<!-- recipe: ([a-z_]+) -->\n```\w*\n(.*?)```", re.DOTALL)
ORDER = ("install", "find_package", "fetch_content", "add_subdirectory", "pkg_config", "single_header")
PUBLIC_URL = re.compile(r"https://github\.com/[\w.-]+/webflow-scopes\.git")


class RecipeFailed(Exception):
    pass


def recipes(readme: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for m in RECIPE.finditer(readme):
        if m.group(1) in found:
            raise RecipeFailed(f"two recipes named {m.group(1)}")
        found[m.group(1)] = m.group(2)
    return found


def usage_example(readme: str) -> str:
    m = re.search(r"<!-- usage-example -->\n```cpp\n(.*?)```", readme, re.DOTALL)
    if not m:
        raise RecipeFailed("README.md has no usage example")
    return m.group(1)


def run(command: list[str] | str, cwd: str, env: dict[str, str], what: str) -> str:
    shell = isinstance(command, str)
    done = subprocess.run(command if not shell else ["bash", "-euo", "pipefail", "-c", command], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        raise RecipeFailed(f"{what} failed (exit {done.returncode}):\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}")
    return done.stdout


def run_lines(script: str, cwd: str, env: dict[str, str], what: str) -> None:
    """Runs a shell recipe a line at a time: bash -e does not stop at a failure on the left of
    `&&`, and a failing $(pkg-config ...) only empties its arguments, so each line must exit 0."""
    for line in script.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            run(line, cwd, env, f"{what}: {line}")


def copy_tracked(root: str, target: str) -> None:
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=root, capture_output=True, check=True).stdout
    for rel in files.decode().split("\0"):
        if not rel or not os.path.exists(os.path.join(root, rel)):
            continue
        os.makedirs(os.path.dirname(os.path.join(target, rel)) or target, exist_ok=True)
        shutil.copy2(os.path.join(root, rel), os.path.join(target, rel))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", required=True)
    parser.add_argument("--cxx", required=True)
    parser.add_argument("--work")
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args()
    root = os.path.abspath(args.root)
    with open(os.path.join(root, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    work = args.work or tempfile.mkdtemp(prefix="webflow-scopes-recipes.")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    prefix = os.path.join(work, "prefix")
    source = os.path.join(work, "webflow-scopes")
    copy_tracked(root, source)
    # The compiler for CMake's projects ($CXX); the shell recipes use c++ as written.
    env = dict(os.environ, CXX=args.cxx, CMAKE_GENERATOR="Ninja")
    env["PKG_CONFIG_PATH"] = f"{prefix}/share/pkgconfig:{prefix}/lib/pkgconfig"
    env["CMAKE_PREFIX_PATH"] = prefix
    app = usage_example(readme)
    found = recipes(readme)
    missing = [name for name in ORDER if name not in found]
    if missing:
        print(f"README.md lacks the recipes: {', '.join(missing)}", file=sys.stderr)
        return 1
    # The ci recipe is .ci/run's job: check that .ci/run runs each of its commands.
    with open(os.path.join(root, ".ci", "run"), encoding="utf-8") as f:
        ci_script = f.read()
    for line in found.get("ci", "").splitlines():
        command = line.split("#", 1)[0].strip()
        if command and f"bash {command}\n" not in ci_script:
            print(f"README.md's ci recipe runs '{command}', which .ci/run does not", file=sys.stderr)
            return 1
    unknown = [name for name in found if name not in ORDER and name != "ci"]
    if unknown:
        print(f"README.md has recipes this runner does not know: {', '.join(unknown)}", file=sys.stderr)
        return 1
    try:
        for name in ORDER:
            if args.only and name not in args.only and name != "install":
                continue
            text = found[name].replace("/usr/local", prefix)
            text = PUBLIC_URL.sub(f"file://{root}", text)
            here = os.path.join(work, name)
            os.makedirs(here, exist_ok=True)
            with open(os.path.join(here, "app.cpp"), "w", encoding="utf-8") as f:
                f.write(app)
            if name == "install":
                run_lines(text, source, env, "install")
            elif name in ("find_package", "fetch_content", "add_subdirectory"):
                with open(os.path.join(here, "CMakeLists.txt"), "w", encoding="utf-8") as f:
                    f.write(text)
                if name == "add_subdirectory":
                    shutil.copytree(source, os.path.join(here, "third_party", "webflow-scopes"),
                                    ignore=shutil.ignore_patterns("build"))
                run(["cmake", "-S", ".", "-B", "build"], here, env, f"{name}: configure")
                run(["cmake", "--build", "build"], here, env, f"{name}: build")
                run([os.path.join(here, "build", "app")], here, env, f"{name}: app")
            else:
                if name == "single_header":
                    shutil.copytree(os.path.join(source, "single_include"), os.path.join(here, "single_include"))
                run_lines(text, here, env, name)
            print(f"recipe {name}: ok")
    except RecipeFailed as exc:
        print(f"recipe: {exc}", file=sys.stderr)
        return 1
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
