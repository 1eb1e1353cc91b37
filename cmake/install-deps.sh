#!/bin/bash
# Installs what oscap-virt needs to build, test and run on Debian 12 (as root).
# Idempotent: packages already present are left as they are.
set -euo pipefail
packages=(
    # build
    cmake g++ make pkg-config python3 libxml2-dev libvirt-dev libselinux1-dev libopenscap-dev
    googletest libgtest-dev libbenchmark-dev clang libclang-rt-14-dev libgnutls28-dev
    # scan
    openscap-scanner openscap-utils libxml2-utils
    # tests: fixture roots, live libvirt guests, fixes, packaging
    attr openssl gnutls-bin bzip2 util-linux ansible-core dpkg-dev shellcheck lintian rpm
    # libvirt's test corpus: `apt-get source libvirt` unpacked by dpkg-source (tests/corpus)
    xz-utils
    # differential tests of the OS configuration readers (the programs that read those files)
    firewalld nftables iptables
    libvirt-daemon-system libvirt-clients qemu-system-x86 qemu-utils
    # AppArmor fixtures and oracle: apparmor_parser, the stock tunables and abstractions
    apparmor
    # OpenSCAP 1.4 built from Debian's source for the scenario suite (tests/oscap14)
    libpcre2-dev libxslt1-dev libxmlsec1-dev libssl-dev libcurl4-openssl-dev libgcrypt20-dev
    libacl1-dev libcap-dev libbz2-dev libyaml-dev libdbus-1-dev libblkid-dev libpopt-dev xz-utils
    # differential tests of the OS configuration readers: the real programs as oracles
    openssh-server systemd
    # differential test of the Cyrus SASL configuration reader: libsasl2 and its mechanisms
    libsasl2-dev libsasl2-modules
    # kernel command line readers: grub-editenv and grub-script-check (GRUB's own readers)
    grub-common
    # GLib itself for the key file reader (qemu-ga.conf): GKeyFile through python3-gi
    python3-gi gir1.2-glib-2.0
    # lvm2 itself for the LVM metadata reader (vgcfgrestore --list --file reads a backup) and
    # the lvm.conf reader (lvmconfig, pvs and lvmdevices under unshare(1) from util-linux)
    lvm2
    # xinetd differential: apt-get download + dpkg-deb (xinetd is unpacked, never installed),
    # script(1) and unshare(1)
    bsdutils util-linux
    # modprobe.d differential: kmod's own `modprobe -c`
    kmod
    # qemu-ga itself for its configuration and option reading (guest_agent_rpcs_blocked);
    # systemd (above) for its environment file parser (systemd-environment-d-generator)
    qemu-guest-agent
    # libselinux's own file contexts lookup: matchpathcon (guest_agent_selinux_confined)
    selinux-utils
    # benchmarks (tests/bench/)
    hyperfine
)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
        missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "install-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
