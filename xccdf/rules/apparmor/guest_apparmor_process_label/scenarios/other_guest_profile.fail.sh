# web01's QEMU was moved under db01's profile.
# evidence: result=fail guest=web01 .*reason="QEMU runs under another profile than its own"
apparmor_host_base
apparmor_running_guest web01 4101
apparmor_running_guest db01 4102
apparmor_process 4101 "libvirt-$(uuid_for db01) (enforce)"
