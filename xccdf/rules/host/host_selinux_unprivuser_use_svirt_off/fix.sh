# shellcheck shell=bash
# reboot: false
# disruption: low
# live-only: setsebool changes the loaded policy and its store; it needs a running SELinux kernel
# An SELinux boolean: only on an SELinux host, never on one running another LSM.
if ! oscap_virt_selinux_host; then
    oscap_virt_report "unprivuser_use_svirt: not an SELinux host, nothing to change"
elif ! command -v setsebool >/dev/null 2>&1 || ! selinuxenabled 2>/dev/null; then
    oscap_virt_report "unprivuser_use_svirt: SELinux is not running or setsebool is missing; run 'setsebool -P unprivuser_use_svirt off' after booting with SELinux"
else
    setsebool -P unprivuser_use_svirt off
fi
