# install(): the headers (file sets), the CMake package webflow_scopes (targets
# webflow::scopes and, as components, webflow::scopes_fmt and webflow::scopes_compiled),
# relocatable pkg-config files, the licence and the CLI. The header-only parts land under
# share/: one install serves every architecture; the compiled library goes to lib/.
include(CMakePackageConfigHelpers)

set(WEBFLOW_SCOPES_CMAKE_DIR "${CMAKE_INSTALL_DATADIR}/cmake/webflow_scopes"
    CACHE STRING "Where webflow_scopesConfig.cmake is installed, relative to the prefix")
set(WEBFLOW_SCOPES_PKGCONFIG_DIR "${CMAKE_INSTALL_DATADIR}/pkgconfig"
    CACHE STRING "Where webflow_scopes.pc is installed, relative to the prefix")

# INCLUDES DESTINATION sets the include directory outside the targets file's CMake 3.23
# guard, so consumers whose CMake predates file sets find the headers too.
install(TARGETS webflow_scopes EXPORT webflow_scopesTargets FILE_SET HEADERS
        INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(EXPORT webflow_scopesTargets NAMESPACE webflow:: DESTINATION "${WEBFLOW_SCOPES_CMAKE_DIR}")
# One export set per component, loaded by the config file only when asked for, so that
# find_package(webflow_scopes) never needs fmt.
install(TARGETS webflow_scopes_fmt EXPORT webflow_scopesFmtTargets FILE_SET HEADERS
        INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(EXPORT webflow_scopesFmtTargets NAMESPACE webflow:: DESTINATION "${WEBFLOW_SCOPES_CMAKE_DIR}")
if(TARGET webflow_scopes_compiled)
  install(TARGETS webflow_scopes_compiled EXPORT webflow_scopesCompiledTargets
          ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}")
  install(EXPORT webflow_scopesCompiledTargets NAMESPACE webflow:: DESTINATION "${WEBFLOW_SCOPES_CMAKE_DIR}")
endif()

configure_package_config_file("${CMAKE_CURRENT_LIST_DIR}/webflow_scopesConfig.cmake.in"
  "${CMAKE_CURRENT_BINARY_DIR}/webflow_scopesConfig.cmake" INSTALL_DESTINATION "${WEBFLOW_SCOPES_CMAKE_DIR}")
# SameMinorVersion: while the version is 0.y.z a minor release may change the public names
# (semantic versioning promises nothing before 1.0). ARCH_INDEPENDENT: the headers fit any
# pointer size (the compiled component checks its own library).
write_basic_package_version_file("${CMAKE_CURRENT_BINARY_DIR}/webflow_scopesConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion ARCH_INDEPENDENT)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/webflow_scopesConfig.cmake"
              "${CMAKE_CURRENT_BINARY_DIR}/webflow_scopesConfigVersion.cmake"
        DESTINATION "${WEBFLOW_SCOPES_CMAKE_DIR}")

# pkg-config: the prefix is found from ${pcfiledir}, so the installed tree can be moved.
function(webflow_scopes_install_pc name dir)
  file(RELATIVE_PATH WEBFLOW_SCOPES_PC_TO_PREFIX "/prefix/${dir}" "/prefix")
  string(REGEX REPLACE "/$" "" WEBFLOW_SCOPES_PC_TO_PREFIX "${WEBFLOW_SCOPES_PC_TO_PREFIX}")
  configure_file("${CMAKE_CURRENT_SOURCE_DIR}/cmake/${name}.pc.in" "${CMAKE_CURRENT_BINARY_DIR}/${name}.pc" @ONLY)
  install(FILES "${CMAKE_CURRENT_BINARY_DIR}/${name}.pc" DESTINATION "${dir}")
endfunction()
webflow_scopes_install_pc(webflow_scopes "${WEBFLOW_SCOPES_PKGCONFIG_DIR}")
webflow_scopes_install_pc(webflow_scopes_fmt "${WEBFLOW_SCOPES_PKGCONFIG_DIR}")
if(TARGET webflow_scopes_compiled)
  webflow_scopes_install_pc(webflow_scopes_compiled "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
endif()

install(FILES "${CMAKE_CURRENT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DOCDIR}")

if(TARGET webflow_scopes_cli)
  install(TARGETS webflow_scopes_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()
