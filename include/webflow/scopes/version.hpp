// The library version, kept once here; CMake reads it from this file.
#ifndef WEBFLOW_SCOPES_VERSION_HPP
#define WEBFLOW_SCOPES_VERSION_HPP

#define WEBFLOW_SCOPES_VERSION_MAJOR 0
#define WEBFLOW_SCOPES_VERSION_MINOR 3
#define WEBFLOW_SCOPES_VERSION_PATCH 1
// major * 10000 + minor * 100 + patch, for #if comparisons.
#define WEBFLOW_SCOPES_VERSION 301

#endif
