# shellcheck shell=bash
# reboot: false
# disruption: medium
# complexity: medium
# ansible: shell
# QEMU runs as the distribution's QEMU group instead of root (running guests keep theirs until
# they restart).
oscap_virt_set_qemu_account group
