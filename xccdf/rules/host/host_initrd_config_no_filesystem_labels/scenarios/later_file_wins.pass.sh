# dracut sources conf.d files in name order: the later assignment replaces the label
host_base
host_file /etc/dracut.conf.d/10-old.conf 'kernel_cmdline="root=LABEL=rootfs"'
host_file /etc/dracut.conf.d/20-new.conf 'kernel_cmdline="root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11"'
