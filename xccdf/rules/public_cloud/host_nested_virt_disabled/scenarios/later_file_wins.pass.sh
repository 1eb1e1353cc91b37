# a later file (byte order of names, across directories) sets nested again: the last value wins
host_base
running_host
host_file /sys/module/kvm_intel/parameters/nested N
host_file /usr/lib/modprobe.d/50-kvm.conf 'options kvm_intel nested=1'
host_file /etc/modprobe.d/90-no-nesting.conf 'options kvm_intel nested=N'
