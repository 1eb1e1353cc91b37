# the configuration was fixed but the running kernel was still booted by label
host_base
running_host 'BOOT_IMAGE=/vmlinuz root=LABEL=/ ro'
host_file /etc/default/grub 'GRUB_CMDLINE_LINUX="root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11"'
