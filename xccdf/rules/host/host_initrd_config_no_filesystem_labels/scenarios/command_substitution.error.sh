# what a command substitution yields is not judged
# evidence: not judged
host_base
host_file /etc/dracut.conf.d/10-cmd.conf 'kernel_cmdline="root=$(findfs LABEL=rootfs)"'
