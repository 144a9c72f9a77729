# The project's strict warning set, in one place: our own targets build with it (and with
# -Werror when WEBFLOW_SCOPES_WARNINGS_AS_ERRORS is on). It includes what a strict user
# turns on, so the headers stay clean in their builds too.
set(WEBFLOW_SCOPES_WARNINGS -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  list(APPEND WEBFLOW_SCOPES_WARNINGS -Wuseless-cast -Wold-style-cast)
elseif(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  list(APPEND WEBFLOW_SCOPES_WARNINGS -Wshorten-64-to-32 -Wold-style-cast)
endif()

function(webflow_scopes_strict target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 /permissive-)
    if(WEBFLOW_SCOPES_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  else()
    target_compile_options(${target} PRIVATE ${WEBFLOW_SCOPES_WARNINGS})
    if(WEBFLOW_SCOPES_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
