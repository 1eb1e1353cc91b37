# off now, but switched on at the next module load
host_base
running_host
host_file /sys/module/kvm_intel/parameters/nested N
host_file /etc/modprobe.d/kvm.conf '# nested guests for CI' 'options kvm-intel ept=1 nested=Y'
