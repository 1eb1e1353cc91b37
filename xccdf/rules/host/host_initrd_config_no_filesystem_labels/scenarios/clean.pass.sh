host_base
host_file /etc/dracut.conf '# PUT YOUR CONFIG IN separate files' '# kernel_cmdline="root=LABEL=old"'
host_file /etc/dracut.conf.d/10-host.conf 'hostonly="yes"' 'kernel_cmdline="root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11"'
host_file /etc/initramfs-tools/conf.d/resume 'RESUME=UUID=4a1e3bd2-5a5d-4c1e-8b1e-0e9a2c8f5b11'
