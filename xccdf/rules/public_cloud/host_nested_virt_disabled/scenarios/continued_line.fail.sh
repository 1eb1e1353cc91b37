# a backslash joins the next line: nested=1 belongs to the options line
host_base
running_host
host_file /sys/module/kvm_intel/parameters/nested N
host_file /etc/modprobe.d/kvm.conf 'options kvm-intel ept=1 \' '    nested=1'
# evidence: nested=1
