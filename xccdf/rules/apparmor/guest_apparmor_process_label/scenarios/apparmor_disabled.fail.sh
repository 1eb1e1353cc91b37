# evidence: result=fail apparmor=inactive
apparmor_host_base
apparmor_running_guest web01 4101
apparmor_off
