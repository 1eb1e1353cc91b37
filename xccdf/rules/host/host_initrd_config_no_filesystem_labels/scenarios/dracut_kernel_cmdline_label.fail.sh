host_base
host_file /etc/dracut.conf.d/10-host.conf 'kernel_cmdline="root=LABEL=rootfs rd.lvm=0"'
