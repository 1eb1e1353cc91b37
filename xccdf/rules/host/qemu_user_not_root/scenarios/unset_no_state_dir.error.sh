# unset, and nothing shows which user libvirt would pick: error, never a guess
host_base
