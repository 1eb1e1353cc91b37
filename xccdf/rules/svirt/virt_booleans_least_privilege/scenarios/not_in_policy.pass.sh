# Newer policies dropped virt_use_sysfs: a boolean the policy lacks cannot be on.
# evidence: result=pass boolean=virt_use_sysfs expected=auto needed_by=none state="not defined by the loaded policy"
host_base
virt_booleans 0 0
rm "$ROOT/sys/fs/selinux/booleans/virt_use_sysfs"
mounted /dev/vda1 / ext4
