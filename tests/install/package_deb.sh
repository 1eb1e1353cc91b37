#!/bin/bash
# Builds the Debian package with CPack and inspects it: dependencies, files, and that the
# packaged program finds the packaged datastream. Also checks the RPM spec's dependencies.
#
#   package_deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$build/tests/package-test
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work"
(cd "$build" && cpack -G DEB -B "$work" > "$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/oscap-virt_*.deb)
dpkg-deb -I "$deb" | tee "$work/info.txt"
depends=$(dpkg-deb -f "$deb" Depends)
for package in openscap-scanner openscap-utils libvirt0 libselinux1 libxml2 libopenscap25; do
    grep -Eq "(^|, )$package( |,|$)" <<< "$depends" || fail "Depends lacks $package: $depends"
done
dpkg-deb -c "$deb" | tee "$work/contents.txt"
for path in ./usr/bin/oscap-virt ./usr/libexec/oscap-virt/oscap-virt-scan \
            ./usr/share/xml/scap/oscap-virt/oscap-virt-ds.xml \
            ./usr/share/man/man1/oscap-virt.1; do
    grep -q " $path\$" "$work/contents.txt" || fail "the package lacks $path"
done
# The packaged program's default datastream is the packaged one (relative to /usr/bin).
dpkg-deb -x "$deb" "$work/root"
"$work/root/usr/bin/oscap-virt" scan --profile no_such_profile > "$work/scan.log" 2>&1 || true
grep -q 'profile "xccdf_org.oscapvirt_profile_no_such_profile" not found' "$work/scan.log" ||
    { cat "$work/scan.log"; fail "the packaged oscap-virt did not load the packaged datastream"; }

spec=$build/oscap-virt.spec
requires=$(rpmspec -q --requires "$spec" 2> /dev/null || sed -n 's/^Requires: *//p' "$spec")
for package in openscap-scanner openscap-engine-sce openscap-utils; do
    grep -qx "$package" <<< "$requires" || fail "the RPM spec does not require $package"
done
echo "PASS: $(basename "$deb") and oscap-virt.spec carry the scanner's dependencies"
