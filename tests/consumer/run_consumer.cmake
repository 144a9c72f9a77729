# Builds the consumer project in tests/consumer against webflow-scopes and checks what it
# prints. MODE is one of:
#   install           configure, build and install webflow-scopes, with its compiled library,
#                     into PREFIX (the fixture), and check the installed tree
#   find_package      the consumer with find_package(webflow_scopes CONFIG) against PREFIX
#   add_subdirectory  the consumer with add_subdirectory(<source tree>)
#   pkg_config        the consumer with pkg-config, against a copy of PREFIX moved elsewhere
# Other variables: SOURCE_DIR (the project), WORK_DIR, PREFIX, GENERATOR, CXX, VERSION,
# CLI (ON/OFF: build and check the installed CLI), FMT (ON/OFF: the consumer also uses
# COMPONENTS fmt), COMPILED (ON/OFF: the consumer uses the compiled mode).
foreach(var MODE SOURCE_DIR WORK_DIR PREFIX GENERATOR CXX VERSION)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_consumer: ${var} is not set")
  endif()
endforeach()

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT status EQUAL 0)
    string(REPLACE ";" " " command "${ARGN}")
    message(FATAL_ERROR "failed (${status}): ${command}\n${output}")
  endif()
  set(last_output "${output}" PARENT_SCOPE)
endfunction()

set(consumer_source "${SOURCE_DIR}/tests/consumer")
set(common -G "${GENERATOR}" -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_BUILD_TYPE=Release)

if(MODE STREQUAL "install")
  file(REMOVE_RECURSE "${WORK_DIR}/library-build" "${PREFIX}")
  run("${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${WORK_DIR}/library-build" ${common}
      -DCMAKE_INSTALL_PREFIX=${PREFIX} -DWEBFLOW_SCOPES_BUILD_TESTS=OFF -DWEBFLOW_SCOPES_BUILD_EXAMPLES=OFF
      -DWEBFLOW_SCOPES_BUILD_CLI=${CLI} -DWEBFLOW_SCOPES_COMPILED=ON)
  run("${CMAKE_COMMAND}" --build "${WORK_DIR}/library-build" -j 2)
  run("${CMAKE_COMMAND}" --install "${WORK_DIR}/library-build")
  foreach(file include/webflow/scopes.hpp include/webflow/scopes/parse.hpp
               share/cmake/webflow_scopes/webflow_scopesConfig.cmake
               share/cmake/webflow_scopes/webflow_scopesConfigVersion.cmake
               share/cmake/webflow_scopes/webflow_scopesTargets.cmake share/pkgconfig/webflow_scopes.pc
               share/doc/webflow_scopes/LICENSE lib/libwebflow_scopes_compiled.a
               lib/pkgconfig/webflow_scopes_compiled.pc)
    if(NOT EXISTS "${PREFIX}/${file}")
      message(FATAL_ERROR "not installed: ${file}")
    endif()
  endforeach()
  # Only the library's headers: nothing the tests alone use.
  file(GLOB_RECURSE installed_headers RELATIVE "${PREFIX}/include" "${PREFIX}/include/*")
  file(GLOB_RECURSE source_headers RELATIVE "${SOURCE_DIR}/include" "${SOURCE_DIR}/include/*")
  if(NOT installed_headers STREQUAL source_headers)
    message(FATAL_ERROR "installed headers differ from include/:\n${installed_headers}\n${source_headers}")
  endif()
  if(CLI)
    run("${PREFIX}/bin/webflow-scopes" --version)
    if(NOT last_output STREQUAL "webflow-scopes ${VERSION}\n")
      message(FATAL_ERROR "installed CLI printed '${last_output}'")
    endif()
  endif()
  message(STATUS "installed into ${PREFIX}")
  return()
endif()

set(build "${WORK_DIR}/consumer-${MODE}")
if(NOT DEFINED COMPILED)
  set(COMPILED OFF)
endif()
if(COMPILED)
  set(build "${build}-compiled")
  set(compiled_flag 1)
else()
  set(compiled_flag 0)
endif()
file(REMOVE_RECURSE "${build}")
set(args -DCONSUMER_MODE=${MODE} -DCONSUMER_COMPILED=${COMPILED})
set(expected "webflow-scopes ${VERSION} compiled=${compiled_flag}\ncms:read forms:read\ncms%3Aread%20forms%3Aread\n")
if(MODE STREQUAL "find_package" OR MODE STREQUAL "find_package_before_file_sets")
  list(APPEND args -DCMAKE_PREFIX_PATH=${PREFIX} -DCONSUMER_FMT=${FMT})
  if(MODE STREQUAL "find_package_before_file_sets")
    # The package as CMake 3.12-3.22 loads it: the targets file skips its file-set block.
    list(APPEND args -DCONSUMER_MODE=find_package -DCONSUMER_CMAKE_VERSION=3.22.0)
  endif()
  if(FMT)
    string(APPEND expected "fmt: cms:read forms:read\n")
  endif()
elseif(MODE STREQUAL "add_subdirectory")
  list(APPEND args -DWEBFLOW_SCOPES_SOURCE_DIR=${SOURCE_DIR})
elseif(MODE STREQUAL "pkg_config")
  # Moving the installed tree proves the .pc file finds its prefix from ${pcfiledir}.
  set(moved "${build}-prefix")
  file(REMOVE_RECURSE "${moved}")
  file(COPY "${PREFIX}/" DESTINATION "${moved}")
  set(ENV{PKG_CONFIG_PATH} "${moved}/share/pkgconfig:${moved}/lib/pkgconfig")
  run(pkg-config --modversion webflow_scopes)
  if(NOT last_output STREQUAL "${VERSION}\n")
    message(FATAL_ERROR "pkg-config --modversion printed '${last_output}'")
  endif()
  run(pkg-config --cflags webflow_scopes)
  string(FIND "${last_output}" "-I${moved}/" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "pkg-config --cflags does not point into the moved prefix: '${last_output}'")
  endif()
else()
  message(FATAL_ERROR "unknown MODE '${MODE}'")
endif()

run("${CMAKE_COMMAND}" -S "${consumer_source}" -B "${build}" ${common} ${args})
run("${CMAKE_COMMAND}" --build "${build}")
run("${build}/consumer")
if(NOT last_output STREQUAL expected)
  message(FATAL_ERROR "the consumer printed:\n${last_output}\nexpected:\n${expected}")
endif()
message(STATUS "consumer (${MODE}) printed what was expected")
