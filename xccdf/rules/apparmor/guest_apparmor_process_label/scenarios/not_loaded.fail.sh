# The profile was unloaded (aa-remove-unknown, apparmor_parser -R) while the guest runs.
# evidence: result=fail guest=web01 .*is not in the loaded-profiles list
apparmor_host_base
define_guest web01 ""
run_guest web01 4101 "" "" "$(apparmor_dynamic web01)"
apparmor_guest_profile web01 ""
apparmor_process 4101 "libvirt-$(uuid_for web01) (enforce)"
