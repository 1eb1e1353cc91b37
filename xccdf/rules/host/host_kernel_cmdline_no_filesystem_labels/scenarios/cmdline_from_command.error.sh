# GRUB_CMDLINE_LINUX built from a command's output is not judged
# evidence: comes from a command's output
host_base
host_file /etc/default/grub "GRUB_DISTRIBUTOR=\"\$(sed 's, release .*\$,,g' /etc/system-release)\"" 'GRUB_CMDLINE_LINUX="$GRUB_DISTRIBUTOR ro"'
