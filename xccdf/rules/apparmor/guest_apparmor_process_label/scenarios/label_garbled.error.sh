# evidence: result=error guest=web01 pid=4101 object=/proc/4101/attr/apparmor/current reason=
apparmor_host_base
apparmor_running_guest web01 4101
printf 'libvirt-garbage enforce\n' > "$ROOT/proc/4101/attr/apparmor/current"
