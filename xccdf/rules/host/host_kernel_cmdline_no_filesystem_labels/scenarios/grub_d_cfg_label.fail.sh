# /etc/default/grub.d/*.cfg is sourced after /etc/default/grub: its value wins
# evidence: file=/etc/default/grub.d/90-resume.cfg
host_base
host_file /etc/default/grub 'GRUB_CMDLINE_LINUX="quiet"'
host_file /etc/default/grub.d/90-resume.cfg 'GRUB_CMDLINE_LINUX="${GRUB_CMDLINE_LINUX} resume=/dev/disk/by-partlabel/swap"'
