# kernel-install writes /etc/kernel/cmdline into every new entry
# evidence: file=/etc/kernel/cmdline
host_base
host_file /etc/kernel/cmdline 'root=UUID=0b6a1b0c-56b1-4c4c-9f43-2c1e1c0e7d11 ro  enforcing=0'
