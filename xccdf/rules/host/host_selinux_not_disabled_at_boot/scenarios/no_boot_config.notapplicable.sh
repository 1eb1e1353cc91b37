# no /proc/cmdline and no boot loader configuration: nothing boots from this root
host_base
