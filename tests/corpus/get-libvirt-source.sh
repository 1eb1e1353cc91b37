#!/bin/bash
# get-libvirt-source.sh CACHE_DIR: libvirt's Debian source (the version installed here, else
# bookworm's) unpacked once under CACHE_DIR; prints the source tree's path.
# Uses its own apt source list (deb-src for bookworm) and lists directory under CACHE_DIR, so the
# system's apt configuration is left as it is. Nothing of libvirt is ever committed.
set -euo pipefail
cache=$(mkdir -p "$1" && cd "$1" && pwd)
tree=$cache/libvirt-src
if [ -f "$tree/.complete" ]; then
    cat "$tree/.complete"
    exit 0
fi
exec 9>"$cache/.lock"
flock 9
if [ -f "$tree/.complete" ]; then
    cat "$tree/.complete"
    exit 0
fi
mkdir -p "$cache/apt/lists/partial" "$cache/apt/archives/partial"
cat > "$cache/apt/sources.list" <<LIST
deb-src http://deb.debian.org/debian bookworm main
deb-src http://deb.debian.org/debian bookworm-updates main
deb-src http://deb.debian.org/debian-security bookworm-security main
LIST
apt_opts=(-o "Dir::Etc::SourceList=$cache/apt/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
          -o "Dir::State::Lists=$cache/apt/lists" -o "Dir::Cache::Archives=$cache/apt/archives"
          -o "APT::Sandbox::User=root" -q)
apt-get "${apt_opts[@]}" update >&2
version=$(dpkg-query -W -f='${Version}' libvirt-daemon 2>/dev/null || true)
rm -rf "$tree.tmp"
mkdir -p "$tree.tmp"
cd "$tree.tmp"
if [ -z "$version" ] || ! apt-get "${apt_opts[@]}" source --download-only "libvirt=$version" >&2; then
    apt-get "${apt_opts[@]}" source --download-only libvirt >&2
fi
dsc=$(find . -maxdepth 1 -name "*.dsc" | head -n1)
dpkg-source --no-check -x "$dsc" src >&2
rm -rf "$tree"
mv "$tree.tmp" "$tree"
printf '%s\n' "$tree/src" > "$tree/.complete"
cat "$tree/.complete"
