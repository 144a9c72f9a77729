# Compares a file with the README block that shows it, byte for byte, so the README's copy of
# an example is the program that the build compiles and the tests run.
#
#   cmake -DFILE=<path> -DREADME=<README.md> -DNAME=<name> -P check_readme_file.cmake
#
# The block is the first fenced code block after the line `<!-- file: <name> -->`.
foreach(var FILE README NAME)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_readme_file: ${var} is not set")
  endif()
endforeach()
file(READ "${FILE}" actual)
file(READ "${README}" text)
string(FIND "${text}" "<!-- file: ${NAME} -->" marker)
if(marker EQUAL -1)
  message(FATAL_ERROR "README.md has no `<!-- file: ${NAME} -->` marker")
endif()
string(SUBSTRING "${text}" ${marker} -1 text)
string(FIND "${text}" "```cpp\n" open)
if(open EQUAL -1)
  message(FATAL_ERROR "no ```cpp block after the `${NAME}` marker")
endif()
math(EXPR open "${open} + 7")
string(SUBSTRING "${text}" ${open} -1 text)
string(FIND "${text}" "```" close)
string(SUBSTRING "${text}" 0 ${close} expected)
if(NOT actual STREQUAL expected)
  message(FATAL_ERROR "README block `${NAME}` differs from ${FILE}")
endif()
message(STATUS "README block `${NAME}` matches ${FILE}")
