#!/bin/bash
# The sample tailoring file is what autotailor makes, and it changes a verdict: a guest given
# PCI device 0000:03:00.1 fails guest_no_pci_passthrough under virt_host and passes under the
# tailored profile that allow-lists it.
# tailoring_test.sh DATASTREAM OSCAP_VIRT_BIN SAMPLE
set -euo pipefail
datastream=$1 bin=$2 sample=$3
work=$(mktemp -d "${TMPDIR:-/tmp}/oscap-virt-tailoring.XXXXXX")
trap 'rm -rf "$work"' EXIT
args=(--id-namespace org.oscapvirt --title "Virtualization host: site tailoring example"
      -p site_virt_host -v allowed_pci_devices=0000:03:00.1 -v libvirt_min_audit_level=2
      -v management_networks=br-mgmt)

set_values() { xmllint --xpath "//*[local-name()='Profile']/*[local-name()='set-value' or local-name()='select']" "$1" |
               sed -E 's/<[a-z0-9.-]+:/</g; s#</[a-z0-9.-]+:#</#g' | grep -v oscap_virt_bin | sort; }
autotailor "${args[@]}" -o "$work/remade.xml" "$datastream" virt_host
diff <(set_values "$sample") <(set_values "$work/remade.xml") ||
    { echo "FAIL: the sample tailoring is not what autotailor makes now"; exit 1; }

# The same tailoring naming the uninstalled oscap-virt, and the plain profile likewise.
autotailor "${args[@]}" -v oscap_virt_bin="$bin" -o "$work/tailored.xml" "$datastream" virt_host
autotailor --id-namespace org.oscapvirt -p plain_virt_host -v oscap_virt_bin="$bin" \
    -o "$work/plain.xml" "$datastream" virt_host

export ROOT="$work/root"
mkdir -p "$ROOT"
. "$(dirname "$0")/../scenarios/lib.sh"
host_base
define_guest gpu01 "$(pci_hostdev 0000:03:00.1)"

result_with() {
    OSCAP_PROBE_ROOT="$ROOT" oscap xccdf eval --profile "$1" --tailoring-file "$2" \
        --results-arf "$work/arf.xml" "$datastream" > /dev/null 2>&1 || true
    xmllint --xpath "string(//*[local-name()='rule-result'][@idref='xccdf_org.oscapvirt_rule_guest_no_pci_passthrough']/*[local-name()='result'])" "$work/arf.xml"
}
plain=$(result_with xccdf_org.oscapvirt_profile_plain_virt_host "$work/plain.xml")
tailored=$(result_with xccdf_org.oscapvirt_profile_site_virt_host "$work/tailored.xml")
echo "guest_no_pci_passthrough: virt_host $plain, tailored $tailored"
[ "$plain" = fail ] && [ "$tailored" = pass ]
