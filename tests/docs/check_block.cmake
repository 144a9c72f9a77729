# Runs a program and compares what it prints with a block of a Markdown file, byte for byte,
# so the docs can only show output that the code really gives. With FILE instead of PROGRAM,
# compares that file with the block (a copy of an example's source in the docs).
#
#   cmake -DPROGRAM=<exe> -DREADME=<file.md> -DBLOCK=<name> -P check_block.cmake
#   cmake -DFILE=<path> -DREADME=<file.md> -DBLOCK=<name> -P check_block.cmake
#
# The block is the first fenced code block after the line `<!-- output: <name> -->`
# (`<!-- file: <name> -->` with FILE); tools/regenerate rewrites it.
foreach(var README BLOCK)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_readme_output: ${var} is not set")
  endif()
endforeach()

if(DEFINED FILE)
  file(READ "${FILE}" actual)
  set(kind file)
else()
  if(NOT DEFINED PROGRAM)
    message(FATAL_ERROR "check_readme_output: PROGRAM or FILE must be set")
  endif()
  execute_process(COMMAND "${PROGRAM}" RESULT_VARIABLE status OUTPUT_VARIABLE actual ERROR_VARIABLE errors)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} exited with ${status}:\n${errors}")
  endif()
  set(kind output)
endif()

file(READ "${README}" text)
string(FIND "${text}" "<!-- ${kind}: ${BLOCK} -->" marker)
if(marker EQUAL -1)
  message(FATAL_ERROR "${README} has no `<!-- ${kind}: ${BLOCK} -->` marker")
endif()
string(SUBSTRING "${text}" ${marker} -1 text)
# The block starts after its fence line (``` or ```cpp).
string(FIND "${text}" "```" open)
if(open EQUAL -1)
  message(FATAL_ERROR "no fenced block after the `${BLOCK}` marker")
endif()
string(SUBSTRING "${text}" ${open} -1 text)
string(FIND "${text}" "\n" open)
math(EXPR open "${open} + 1")
string(SUBSTRING "${text}" ${open} -1 text)
string(FIND "${text}" "```" close)
string(SUBSTRING "${text}" 0 ${close} expected)

if(NOT actual STREQUAL expected)
  file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/${BLOCK}.actual.txt" "${actual}")
  message(FATAL_ERROR "${README}: block `${BLOCK}` differs from ${PROGRAM}${FILE} (run tools/regenerate).\n"
                      "--- ${README}:\n${expected}--- ${kind}:\n${actual}")
endif()
message(STATUS "${README}: block `${BLOCK}` matches")
