# A running host with neither SELinux nor AppArmor: the one rule that fails for it.
# evidence: result=fail selinux=disabled apparmor=inactive
host_base
selinux_disabled
running_host
