#!/usr/bin/env bash
# Installs what building and testing need, only where it is missing (Debian; as root, or
# through sudo). Sourced by the scripts; safe to run again.
set -euo pipefail

need=()
command -v cmake >/dev/null 2>&1 || need+=(cmake)
command -v ninja >/dev/null 2>&1 || need+=(ninja-build)
command -v g++ >/dev/null 2>&1 || need+=(g++)
if [ "${WEBFLOW_SCOPES_SETUP_TESTS:-0}" = 1 ]; then
  command -v clang++ >/dev/null 2>&1 || need+=(clang)
  [ -f /usr/include/catch2/catch.hpp ] || need+=(catch2)
  [ -d /usr/include/fmt ] || need+=(libfmt-dev)
  command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
  command -v python3 >/dev/null 2>&1 || need+=(python3)  # the CLI tests
  command -v node >/dev/null 2>&1 || need+=(nodejs)  # authorize_url_node_decode (WHATWG URL)
  command -v git >/dev/null 2>&1 || need+=(git)  # the FetchContent recipe clones the repository
  command -v valgrind >/dev/null 2>&1 || need+=(valgrind)  # parse_is_linear counts instructions
fi
if [ "${WEBFLOW_SCOPES_SETUP_BENCH:-0}" = 1 ]; then
  command -v clang++ >/dev/null 2>&1 || need+=(clang)
  command -v python3 >/dev/null 2>&1 || need+=(python3)
  [ -f /usr/include/benchmark/benchmark.h ] || need+=(libbenchmark-dev)
fi
if [ "${WEBFLOW_SCOPES_SETUP_LINT:-0}" = 1 ]; then
  command -v clang-tidy-14 >/dev/null 2>&1 || command -v clang-tidy >/dev/null 2>&1 || need+=(clang-tidy)
  command -v clang-format >/dev/null 2>&1 || need+=(clang-format)
  command -v python3 >/dev/null 2>&1 || need+=(python3)
fi

if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
