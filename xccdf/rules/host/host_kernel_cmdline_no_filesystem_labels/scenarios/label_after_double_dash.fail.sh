# deliberately stricter than the kernel: an argument handed to init still counts
host_base
running_host 'BOOT_IMAGE=/vmlinuz root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 ro -- resume=LABEL=swap'
