# evidence: result=fail guest=web01 pid=4101 label=unconfined .*reason="QEMU runs unconfined"
apparmor_host_base
apparmor_running_guest web01 4101
apparmor_process 4101 unconfined
