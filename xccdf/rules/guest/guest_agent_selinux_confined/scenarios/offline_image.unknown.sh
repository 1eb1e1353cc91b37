# everything configured, but an offline image: whether its kernel enforces is not known
# evidence: result=unknown .*offline image
guest_base
qemu_ga_packaged
guest_selinux_targeted
