# Runs a program and compares what it prints with a block of README.md, byte for byte, so the
# README can only show output that the code really gives.
#
#   cmake -DPROGRAM=<exe> -DREADME=<README.md> -DBLOCK=<name> -P check_readme_output.cmake
#
# The block is the first fenced code block after the line `<!-- output: <name> -->`.
foreach(var PROGRAM README BLOCK)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_readme_output: ${var} is not set")
  endif()
endforeach()

execute_process(COMMAND "${PROGRAM}" RESULT_VARIABLE status OUTPUT_VARIABLE actual ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${status}:\n${errors}")
endif()

file(READ "${README}" text)
string(FIND "${text}" "<!-- output: ${BLOCK} -->" marker)
if(marker EQUAL -1)
  message(FATAL_ERROR "README.md has no `<!-- output: ${BLOCK} -->` marker")
endif()
string(SUBSTRING "${text}" ${marker} -1 text)
string(FIND "${text}" "```\n" open)
if(open EQUAL -1)
  message(FATAL_ERROR "no fenced block after the `${BLOCK}` marker")
endif()
math(EXPR open "${open} + 4")
string(SUBSTRING "${text}" ${open} -1 text)
string(FIND "${text}" "```" close)
string(SUBSTRING "${text}" 0 ${close} expected)

if(NOT actual STREQUAL expected)
  file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/${BLOCK}.actual.txt" "${actual}")
  message(FATAL_ERROR "README block `${BLOCK}` differs from what ${PROGRAM} prints.\n"
                      "--- README:\n${expected}--- program:\n${actual}")
endif()
message(STATUS "README block `${BLOCK}` matches")
