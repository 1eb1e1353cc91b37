host_base
host_file /etc/initramfs-tools/conf.d/resume 'RESUME=LABEL=swap'
