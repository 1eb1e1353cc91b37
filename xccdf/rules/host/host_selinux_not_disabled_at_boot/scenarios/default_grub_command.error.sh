# what a command substitution yields is not judged
# evidence: not judged
host_base
host_file /etc/default/grub 'GRUB_CMDLINE_LINUX="$(cat /etc/extra-args)"'
