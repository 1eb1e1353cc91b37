# dracut sources only *.conf in dracut.conf.d
host_base
host_file /etc/dracut.conf.d/10-host.conf.disabled 'kernel_cmdline="root=LABEL=rootfs"'
