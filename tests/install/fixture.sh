# Sourced by the install and scan tests: a fixture host root at $ROOT with a guest whose SPICE
# display is plain, one that requires TLS, and SPICE TLS off in qemu.conf.
# shellcheck source=../scenarios/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../scenarios/lib.sh"

build_fixture_root() {
    rm -rf "$ROOT"
    mkdir -p "$ROOT"
    host_base
    qemu_conf 'spice_tls = 0'
    define_and_run_guest plain 4242 'system_u:system_r:svirt_t:s0:c1,c2' "$SPICE_PLAIN"
    define_and_run_guest secure 4343 'system_u:system_r:svirt_t:s0:c3,c4' "$SPICE_SECURE"
}

# tailoring_for BIN PROFILE: the profile, same id, with oscap-virt named by path (SCE's PATH is
# fixed, and neither a build tree nor a test prefix is on it).
tailoring_for() {
    cat << XML
<?xml version="1.0" encoding="UTF-8"?>
<xccdf:Tailoring xmlns:xccdf="http://checklists.nist.gov/xccdf/1.2" id="xccdf_org.oscapvirt_tailoring_test">
  <xccdf:version time="2026-01-01T00:00:00">1</xccdf:version>
  <xccdf:Profile id="$2" extends="$2">
    <xccdf:title>test</xccdf:title>
    <xccdf:set-value idref="xccdf_org.oscapvirt_value_oscap_virt_bin">$1</xccdf:set-value>
  </xccdf:Profile>
</xccdf:Tailoring>
XML
}

# rule_results ARF: "rule-id result" lines, sorted
rule_results() { python3 "$(dirname "${BASH_SOURCE[0]}")/../live/arf_check.py" results "$1"; }
