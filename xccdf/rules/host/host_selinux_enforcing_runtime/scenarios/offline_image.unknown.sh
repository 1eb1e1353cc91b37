# an offline root has no runtime SELinux state to judge
host_base
