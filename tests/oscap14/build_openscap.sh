#!/bin/bash
# Builds the newest OpenSCAP 1.4.x that Debian ships as source (trixie or sid; CI reaches only
# Debian's package registries, not GitHub) and installs it under
# /var/cache/oscap-virt/openscap-<version>, where later runs on the same machine find it. A fresh
# machine rebuilds it: minimal options (the oscap tool, OVAL probes and SCE; no bindings, docs,
# tests or container utilities). Prints the install prefix on its last line.
#
#   build_openscap.sh [CACHE_DIR]
set -euo pipefail
cache=${1:-/var/cache/oscap-virt}
apt_dir=$cache/apt
mkdir -p "$apt_dir/lists/partial" "$apt_dir/archives/partial"
# A private apt configuration: this machine's own sources stay as they are.
cat > "$apt_dir/sources.list" <<LIST
deb-src http://deb.debian.org/debian trixie main
deb-src http://deb.debian.org/debian sid main
LIST
apt_options=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
             -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache::Archives=$apt_dir/archives")
apt-get "${apt_options[@]}" update -q > "$apt_dir/update.log" 2>&1 ||
    { cat "$apt_dir/update.log" >&2; echo "build_openscap: apt-get update failed" >&2; exit 1; }
# The 1.4.x source versions the suites offer, newest first; the newest whose upstream tarball
# the registry serves is built (a mirror may list a version it does not hold).
mapfile -t versions < <(apt-cache "${apt_options[@]}" showsrc openscap 2>/dev/null |
                        sed -n 's/^Version: //p' | grep -E '^1\.4\.' | sort -Vru)
[ ${#versions[@]} -gt 0 ] || { echo "build_openscap: Debian ships no openscap 1.4.x source" >&2; exit 1; }
upstream_of() { local v=${1%%-*}; echo "${v%%+*}"; }  # 1.4.2+dfsg-1 -> 1.4.2
# An installed oscap under a prefix, with its own libopenscap (no RPATH is set).
prefix_oscap() { LD_LIBRARY_PATH=$1/lib "$1/bin/oscap" --version 2>/dev/null | head -1; }
for version in "${versions[@]}"; do
    prefix=$cache/openscap-$(upstream_of "$version")
    if [ -x "$prefix/bin/oscap" ] && prefix_oscap "$prefix" | grep -q "$(upstream_of "$version")"; then
        echo "build_openscap: OpenSCAP $(upstream_of "$version") already built in $prefix" >&2
        echo "$prefix"
        exit 0
    fi
done
tarball=
for version in "${versions[@]}"; do
    upstream=$(upstream_of "$version")
    prefix=$cache/openscap-$upstream
    work=$cache/openscap-$upstream-build
    rm -rf "$work"
    mkdir -p "$work"
    # Only the upstream tarball is needed; the Debian packaging is not applied.
    (cd "$work" && apt-get "${apt_options[@]}" source --download-only -q "openscap=$version" > download.log 2>&1) || true
    tarball=$(find "$work" -maxdepth 1 -name "openscap_*.orig.tar.*" -print -quit)
    [ -n "$tarball" ] && break
    echo "build_openscap: openscap $version is listed but its source cannot be downloaded; trying older" >&2
    rm -rf "$work"
done
[ -n "$tarball" ] || { echo "build_openscap: no openscap 1.4.x source could be downloaded" >&2; exit 1; }
echo "build_openscap: building OpenSCAP $upstream from Debian's source $version" >&2
tar -C "$work" -xf "$tarball"
source_dir=$(find "$work" -mindepth 1 -maxdepth 1 -type d -name 'openscap-*' -print -quit)
launcher=()
command -v ccache > /dev/null && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$source_dir" -B "$work/build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DENABLE_PYTHON3=OFF -DENABLE_PERL=OFF -DENABLE_TESTS=OFF -DENABLE_DOCS=OFF -DENABLE_VALGRIND=OFF \
    -DENABLE_OSCAP_UTIL_DOCKER=OFF -DENABLE_OSCAP_UTIL_AS_RPM=OFF -DENABLE_OSCAP_UTIL_SSH=OFF \
    -DENABLE_OSCAP_UTIL_VM=OFF -DENABLE_OSCAP_UTIL_PODMAN=OFF -DENABLE_OSCAP_UTIL_CHROOT=OFF \
    -DENABLE_OSCAP_UTIL_IM=OFF -DENABLE_OSCAP_REMEDIATE_SERVICE=OFF -DWITH_SYSTEMD=OFF \
    -DCMAKE_INSTALL_LIBDIR=lib \
    "${launcher[@]}" > "$work/cmake.log" 2>&1 || { tail -30 "$work/cmake.log" >&2; exit 1; }
cmake --build "$work/build" -j "$(nproc)" > "$work/build.log" 2>&1 || { tail -30 "$work/build.log" >&2; exit 1; }
cmake --install "$work/build" > "$work/install.log" 2>&1 || { tail -30 "$work/install.log" >&2; exit 1; }
rm -rf "$work"
prefix_oscap "$prefix" >&2
prefix_oscap "$prefix" | grep -q "$upstream" || { echo "build_openscap: the built oscap does not run" >&2; exit 1; }
echo "$prefix"
