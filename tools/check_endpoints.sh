#!/bin/sh
# Check the endpoint table against both of its sources: the committed header against its
# rendering (offline), then tools/sdk_endpoints.tsv against a fresh extraction from the SDK.
#
#   tools/check_endpoints.sh                 # npm pack webflow-api@<version in sdk_endpoints.tsv>
#   WEBFLOW_API_TARBALL=x.tgz tools/check_endpoints.sh
#
# Exit 0: both match. 3: one differs (a diff is printed). 1: an input could not be classified.
# 2: the registry did not build. 77: the header matches, but neither $WEBFLOW_API_TARBALL nor
# npm could provide the SDK; ctest reports that as skipped when the test sets SKIP_RETURN_CODE 77.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
python3 "$here/gen_endpoints.py" --check
exec python3 "$here/gen_endpoints.py" --check-sdk "$@"
