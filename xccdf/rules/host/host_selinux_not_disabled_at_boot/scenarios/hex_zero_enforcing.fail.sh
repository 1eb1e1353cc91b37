# kstrtoul base 0: 0x0 is zero
# evidence: argument="enforcing=0x0"
host_base
host_file /boot/loader/entries/0123-5.14.0.conf 'title RHEL' 'linux /vmlinuz-5.14.0' 'options root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 ro enforcing=0x0'
