# a RHEL host really booted with selinux=0: no selinuxfs, only /etc/selinux/config says SELinux;
# the rule still applies (platform: SELinux configured, AppArmor not active) and fails
# evidence: source="running kernel" file=/proc/cmdline argument="selinux=0"
host_base
selinux_disabled
host_file /etc/selinux/config 'SELINUX=enforcing' 'SELINUXTYPE=targeted'
running_host 'BOOT_IMAGE=(hd0,gpt2)/vmlinuz-5.14.0 root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 ro selinux=0'
