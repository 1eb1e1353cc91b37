#!/bin/bash
# Builds the Debian package with CPack and inspects it: lintian reports no error or warning;
# dependencies (the scanner, and no hypervisor pulled in by Recommends); files (compressed man
# pages in the right sections, copyright, changelog, README, demo and sample tailoring); the
# packaged program finds the packaged datastream, and the packaged demo builds its host root.
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
for package in openscap-scanner openscap-utils python3 libvirt0 libgnutls30 libselinux1 libxml2 \
    libopenscap25; do
    grep -Eq "(^|, )$package( |,|$)" <<< "$depends" || fail "Depends lacks $package: $depends"
done
recommends=$(dpkg-deb -f "$deb" Recommends)
for hypervisor in libvirt-daemon libvirt-daemon-system qemu-system-x86 qemu-kvm; do
    grep -Eq "(^|, )$hypervisor( |,|$)" <<< "$recommends" && fail "Recommends pulls a hypervisor: $recommends"
done
dpkg-deb -c "$deb" | tee "$work/contents.txt"
doc=./usr/share/doc/oscap-virt
for path in ./usr/bin/oscap-virt ./usr/bin/oscap-virt-tailor ./usr/libexec/oscap-virt/oscap-virt-scan ./usr/share/xml/scap/oscap-virt/oscap-virt-ds.xml \
            ./usr/share/man/man8/oscap-virt.8.gz ./usr/share/man/man1/oscap-virt-tailor.1.gz \
            $doc/copyright $doc/changelog.Debian.gz $doc/README.md $doc/examples/sample-tailoring.xml \
            $doc/examples/demo/make-demo-root.sh $doc/examples/demo/lib.sh $doc/examples/demo/scan-demo.sh; do
    grep -q " $path\$" "$work/contents.txt" || fail "the package lacks $path"
done
# Lintian, as Debian runs it: no error, no warning.
lintian --fail-on error,warning "$deb" 2>&1 | grep -v 'running with root privileges' | tee "$work/lintian.txt" ||
    true
lintian --fail-on error,warning "$deb" > /dev/null 2>&1 || fail "lintian reports errors or warnings"
# The packaged program's default datastream is the packaged one (relative to /usr/bin).
dpkg-deb -x "$deb" "$work/root"
"$work/root/usr/bin/oscap-virt" scan --profile no_such_profile > "$work/scan.log" 2>&1 || true
grep -q 'profile "xccdf_org.oscapvirt_profile_no_such_profile" not found' "$work/scan.log" ||
    { cat "$work/scan.log"; fail "the packaged oscap-virt did not load the packaged datastream"; }
# The packaged demo builds its hypervisor root from the packaged files alone.
bash "$work/root/$doc/examples/demo/make-demo-root.sh" "$work/demo-root" > /dev/null
[ -f "$work/demo-root/etc/libvirt/qemu/web01.xml" ] || fail "the packaged demo did not build its root"
echo "PASS: $(basename "$deb"): lintian clean, the scanner's dependencies, no hypervisor, docs and demo"
