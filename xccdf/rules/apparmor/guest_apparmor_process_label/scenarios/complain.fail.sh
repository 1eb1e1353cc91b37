# evidence: result=fail guest=web01 .*reason="profile in complain mode: nothing is enforced"
apparmor_host_base
define_guest web01 ""
run_guest web01 4101 "" "" "$(apparmor_dynamic web01)"
apparmor_guest_profile web01 complain
apparmor_process 4101 "libvirt-$(uuid_for web01) (complain)"
