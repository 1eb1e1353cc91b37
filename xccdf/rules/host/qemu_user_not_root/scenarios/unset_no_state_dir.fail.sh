# unset, and nothing shows which user libvirt would pick
host_base
