# kernel-install writes /etc/kernel/cmdline into every new boot loader entry
# evidence: file=/etc/kernel/cmdline
host_base
host_file /etc/kernel/cmdline 'root=PARTLABEL=root ro' '  rhgb quiet'
