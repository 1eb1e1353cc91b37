# an offline root without /proc/cmdline or boot loader files (a container image): no kernel
# command line boots from it, so there is nothing to judge
# evidence: no kernel command line
host_base
