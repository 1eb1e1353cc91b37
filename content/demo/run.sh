#!/bin/bash
# The main job on a fresh Debian 12 machine (as root): install what is needed, build and
# install oscap-virt, scan the bundled demo hypervisors (RHEL-like with SELinux, Debian/Ubuntu
# with AppArmor) and, when this machine is a libvirt
# host itself, scan it too. Results go to ./oscap-virt-results/.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
results="$PWD/oscap-virt-results"
bash "$top/cmake/install-deps.sh"
cmake -S "$top" -B "$top/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
cmake --build "$top/build" -j "$(nproc)"
cmake --install "$top/build" > /dev/null   # oscap-virt on SCE's PATH, datastream in /usr/local/share
datastream=/usr/local/share/xml/scap/oscap-virt/oscap-virt-ds.xml

echo
"$top/content/demo/scan-demo.sh" --datastream "$datastream" --output "$results/demo"
echo
"$top/content/demo/scan-demo.sh" --host debian --datastream "$datastream" --output "$results/demo-debian"

if [ -e /usr/sbin/libvirtd ] || [ -e /usr/sbin/virtqemud ] || [ -e /etc/libvirt/qemu.conf ]; then
    echo
    echo "This machine is a libvirt host: scanning it (read-only) with profile virt_host."
    mkdir -p "$results/host"
    status=0
    oscap xccdf eval --profile xccdf_org.oscapvirt_profile_virt_host \
        --results-arf "$results/host/host-arf.xml" --report "$results/host/host-report.html" \
        "$datastream" > "$results/host/oscap-output.txt" 2>&1 || status=$?
    [ "$status" = 0 ] || [ "$status" = 2 ] || { cat "$results/host/oscap-output.txt"; exit 1; }
    tr -d '\r' < "$results/host/oscap-output.txt" |
        awk -F'\t' '$1 == "Title" { title = $2 } $1 == "Result" { printf "  %-14s %s\n", $2, title }' | sort
    echo "ARF:    $results/host/host-arf.xml"
    echo "Report: $results/host/host-report.html"
fi
