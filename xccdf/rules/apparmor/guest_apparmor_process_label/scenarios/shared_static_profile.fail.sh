# Two guests given the same static profile run under it: neither is kept from the other.
# evidence: result=fail guest=twin-a .*reason="profile libvirt-twins shared with twin-b"
# evidence: result=fail guest=twin-b .*reason="profile libvirt-twins shared with twin-a"
apparmor_host_base
static="<seclabel type='static' model='apparmor' relabel='no'><label>libvirt-twins</label></seclabel>"
apparmor_loaded libvirt-twins enforce
for twin in twin-a twin-b; do
    define_guest "$twin" "" "$static"
done
run_guest twin-a 4201 "" "" "$static"
run_guest twin-b 4202 "" "" "$static"
apparmor_process 4201 "libvirt-twins (enforce)"
apparmor_process 4202 "libvirt-twins (enforce)"
