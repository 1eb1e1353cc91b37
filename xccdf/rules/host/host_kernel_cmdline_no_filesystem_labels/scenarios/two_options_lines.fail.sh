# every options line of an entry counts (systemd bootspec.c joins them)
# evidence: where="options lines 3,4"
host_base
host_file /boot/loader/entries/0123-5.14.0.conf 'title RHEL' 'linux /vmlinuz-5.14.0' 'options root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 ro' 'options resume=PARTLABEL=swap'
