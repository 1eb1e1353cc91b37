#!/bin/bash
# The whole test suite on a fresh Debian 12 machine (as root): installs what is needed,
# builds in build-ci/, runs every ctest test (unit, content, scenarios through the real
# oscap, demo, fuzz smoke, live libvirt when present), then the scenario suite against
# OpenSCAP 1.4 built from Debian's source (tests/oscap14).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
bash "$top/cmake/install-deps.sh"
cmake -S "$top" -B "$top/build-ci" -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
cmake --build "$top/build-ci" -j "$(nproc)"
cd "$top/build-ci"
ctest -j "$(nproc)" --output-on-failure --timeout 900
bash "$top/tests/oscap14/run_scenarios.sh" "$top/build-ci"
