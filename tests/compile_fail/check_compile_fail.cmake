# Builds TARGET in BUILD_DIR. With REASON "compiles" the build must succeed; otherwise it must
# fail and the compiler output must name REASON instantiated with ARG (both g++'s
# "f() [with ... Offset = 9]" and clang's "f<9UL>" spellings).
execute_process(
  COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target "${TARGET}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)

if(REASON STREQUAL "compiles")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${TARGET} must compile but did not:\n${out}")
  endif()
  message(STATUS "${TARGET} compiled, as it must")
  return()
endif()

if(rc EQUAL 0)
  message(FATAL_ERROR "${TARGET} compiled, but it must fail with ${REASON} ${ARG}")
endif()
if(ARG STREQUAL "")
  set(pattern "${REASON}")
else()
  set(pattern "${REASON}(<${ARG}UL?>|\\(\\) \\[with [^]]*= ${ARG}\\])")
endif()
if(NOT out MATCHES "${pattern}")
  message(FATAL_ERROR "${TARGET} failed to compile, but not with ${REASON} ${ARG}:\n${out}")
endif()
message(STATUS "${TARGET} failed to compile with ${REASON} ${ARG}, as it must")
