# shellcheck shell=bash
# reboot: false
# disruption: low
# Enables auditd at boot (unmasked) and starts it where systemd runs the system now.
oscap_virt_enable_unit auditd.service
