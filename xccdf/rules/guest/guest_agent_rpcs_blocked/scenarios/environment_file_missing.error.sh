# EnvironmentFile= without "-" names a missing file: systemd does not start the agent
# evidence: result=error .*/etc/sysconfig/qemu-ga.*missing
guest_base
qemu_ga_packaged '--blacklist=${BLACKLIST_RPC}'
