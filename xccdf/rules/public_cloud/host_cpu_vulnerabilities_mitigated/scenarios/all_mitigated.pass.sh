host_base
running_host
host_file /sys/devices/system/cpu/vulnerabilities/meltdown 'Not affected'
host_file /sys/devices/system/cpu/vulnerabilities/spectre_v2 'Mitigation: Enhanced / Automatic IBRS; IBPB: conditional; RSB filling; PBRSB-eIBRS: SW sequence; BHI: BHI_DIS_S'
host_file /sys/devices/system/cpu/vulnerabilities/mds 'Not affected'
host_file /sys/devices/system/cpu/vulnerabilities/l1tf 'Not affected'
host_file /sys/devices/system/cpu/vulnerabilities/itlb_multihit 'KVM: Mitigation: VMX disabled'
host_file /sys/devices/system/cpu/vulnerabilities/srbds 'Unknown: Dependent on hypervisor status'
