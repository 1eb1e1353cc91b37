apparmor_host_base
define_guest web01 ""
