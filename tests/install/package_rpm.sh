#!/bin/bash
# Builds the RPM from the generated spec with rpmbuild (Debian's rpm package; build
# dependencies are Debian's, hence --nodeps) and inspects it: name, version, license, its
# dependencies on the scanner, and its files.
#
#   package_rpm.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd) source=$(cd "$2" && pwd)
work=$build/tests/rpm-test
fail() { echo "FAIL: $*" >&2; exit 1; }
spec=$build/oscap-virt.spec
version=$(sed -n 's/^Version: *//p' "$spec")
rm -rf "$work"
mkdir -p "$work/SOURCES"
# The source tarball %autosetup unpacks: the working tree, without build trees or git.
name=$(basename "$source")
tar -C "$(dirname "$source")" --anchored --exclude="$name/build*" --exclude="$name/.git" \
    --transform "s|^$name|oscap-virt-$version|" \
    -czf "$work/SOURCES/oscap-virt-$version.tar.gz" "$name"
# ccache (when present) makes rebuilds cheap; paths under the rpm build tree are rewritten.
if command -v ccache > /dev/null; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache CCACHE_BASEDIR=$work/BUILD CCACHE_NOHASHDIR=1
fi
rpmbuild --define "_topdir $work" --define "debug_package %{nil}" --define "_smp_mflags -j2" \
    --nodeps -bb "$spec" > "$work/rpmbuild.log" 2>&1 || { tail -40 "$work/rpmbuild.log"; fail "rpmbuild"; }
rpm_file=$(find "$work/RPMS" -name "oscap-virt-$version-*.rpm" | head -1)
[ -n "$rpm_file" ] || fail "rpmbuild made no oscap-virt package"
rpm -qip "$rpm_file" | tee "$work/info.txt"
grep -Eq '^License *: BSD-3-Clause' "$work/info.txt" || fail "the RPM's license is not BSD-3-Clause"
grep -Eq "^Version *: $version" "$work/info.txt" || fail "the RPM's version is not $version"
rpm -qp --requires "$rpm_file" > "$work/requires.txt"
for package in openscap-scanner openscap-engine-sce openscap-utils python3 libvirt-libs gnutls \
    libselinux; do
    grep -qx "$package" "$work/requires.txt" || fail "the RPM does not require $package"
done
rpm -qlp "$rpm_file" | tee "$work/files.txt"
for path in /usr/bin/oscap-virt /usr/bin/oscap-virt-tailor /usr/share/xml/scap/oscap-virt/oscap-virt-ds.xml \
            /usr/share/man/man8/oscap-virt.8.gz /usr/share/man/man1/oscap-virt-tailor.1.gz \
            /usr/share/doc/oscap-virt/examples/sample-tailoring.xml; do
    grep -qx "$path" "$work/files.txt" || fail "the RPM lacks $path"
done
# Fedora's rpm names the directory oscap-virt, Debian's rpm oscap-virt-VERSION.
grep -Eqx "/usr/share/licenses/oscap-virt(-$version)?/LICENSE" "$work/files.txt" || fail "the RPM lacks its LICENSE"
grep -q changelog.Debian "$work/files.txt" && fail "the RPM carries Debian's changelog"
echo "PASS: $(basename "$rpm_file") built with rpmbuild: BSD-3-Clause, the scanner's dependencies, its files"
