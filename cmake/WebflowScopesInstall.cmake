# install(): the headers (file sets), the CMake package webflow_scopes (targets
# webflow::scopes and, with COMPONENTS fmt, webflow::scopes_fmt), relocatable pkg-config
# files and the CLI. Everything lands under share/, not lib/: the library is header-only,
# so one install serves every architecture.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(WEBFLOW_SCOPES_CMAKE_DIR "${CMAKE_INSTALL_DATADIR}/cmake/webflow_scopes"
    CACHE STRING "Where webflow_scopesConfig.cmake is installed, relative to the prefix")
set(WEBFLOW_SCOPES_PKGCONFIG_DIR "${CMAKE_INSTALL_DATADIR}/pkgconfig"
    CACHE STRING "Where webflow_scopes.pc is installed, relative to the prefix")

install(TARGETS webflow_scopes EXPORT webflow_scopesTargets FILE_SET HEADERS)
install(EXPORT webflow_scopesTargets NAMESPACE webflow:: DESTINATION "${WEBFLOW_SCOPES_CMAKE_DIR}")
# A second export set, loaded by the config file only when the fmt component is asked for,
# so find_package(webflow_scopes) never needs fmt.
install(TARGETS webflow_scopes_fmt EXPORT webflow_scopesFmtTargets FILE_SET HEADERS)
install(EXPORT webflow_scopesFmtTargets NAMESPACE webflow:: DESTINATION "${WEBFLOW_SCOPES_CMAKE_DIR}")

configure_package_config_file("${CMAKE_CURRENT_LIST_DIR}/webflow_scopesConfig.cmake.in"
  "${CMAKE_CURRENT_BINARY_DIR}/webflow_scopesConfig.cmake" INSTALL_DESTINATION "${WEBFLOW_SCOPES_CMAKE_DIR}")
# SameMinorVersion: while the version is 0.y.z a minor release may change the public names
# (semantic versioning promises nothing before 1.0), so asking for 0.1 must not accept 0.2.
# From 1.0 on this becomes SameMajorVersion. ARCH_INDEPENDENT: headers fit any pointer size.
write_basic_package_version_file("${CMAKE_CURRENT_BINARY_DIR}/webflow_scopesConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion ARCH_INDEPENDENT)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/webflow_scopesConfig.cmake"
              "${CMAKE_CURRENT_BINARY_DIR}/webflow_scopesConfigVersion.cmake"
        DESTINATION "${WEBFLOW_SCOPES_CMAKE_DIR}")

# pkg-config: the prefix is found from ${pcfiledir}, so the installed tree can be moved.
file(RELATIVE_PATH WEBFLOW_SCOPES_PC_TO_PREFIX "/prefix/${WEBFLOW_SCOPES_PKGCONFIG_DIR}" "/prefix")
string(REGEX REPLACE "/$" "" WEBFLOW_SCOPES_PC_TO_PREFIX "${WEBFLOW_SCOPES_PC_TO_PREFIX}")
foreach(_pc IN ITEMS webflow_scopes webflow_scopes_fmt)
  configure_file("${CMAKE_CURRENT_LIST_DIR}/${_pc}.pc.in" "${CMAKE_CURRENT_BINARY_DIR}/${_pc}.pc" @ONLY)
  install(FILES "${CMAKE_CURRENT_BINARY_DIR}/${_pc}.pc" DESTINATION "${WEBFLOW_SCOPES_PKGCONFIG_DIR}")
endforeach()

if(TARGET webflow_scopes_cli)
  install(TARGETS webflow_scopes_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()
