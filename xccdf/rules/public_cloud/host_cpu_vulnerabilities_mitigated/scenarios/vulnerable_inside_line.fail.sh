# spectre_v2 mitigated, but its BHI part is not
host_base
running_host
host_file /sys/devices/system/cpu/vulnerabilities/spectre_v2 'Mitigation: Retpolines; IBPB: conditional; STIBP: disabled; RSB filling; PBRSB-eIBRS: Not affected; BHI: Vulnerable'
