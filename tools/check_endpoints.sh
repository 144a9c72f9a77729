#!/bin/sh
# Regenerate the endpoint table from the SDK and compare it with the committed header.
#
#   tools/check_endpoints.sh                 # npm pack webflow-api@<version in the header>
#   WEBFLOW_API_TARBALL=x.tgz tools/check_endpoints.sh
#
# Exit 0: identical. 3: differs (a diff is printed). 1: the SDK could not be classified.
# 77: skipped, because neither $WEBFLOW_API_TARBALL nor npm could provide the tarball; ctest
# reports that as skipped when the test sets SKIP_RETURN_CODE 77.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exec python3 "$here/gen_endpoints.py" --check "$@"
