# RHEL's stock /etc/default/grub (GRUB_DISTRIBUTOR from a command) with clean arguments passes
host_base
host_file /etc/default/grub 'GRUB_TIMEOUT=5' "GRUB_DISTRIBUTOR=\"\$(sed 's, release .*\$,,g' /etc/system-release)\"" 'GRUB_DEFAULT=saved' 'GRUB_DISABLE_SUBMENU=true' 'GRUB_TERMINAL_OUTPUT="console"' 'GRUB_CMDLINE_LINUX="crashkernel=1G-4G:192M,4G-64G:256M,64G-:512M resume=/dev/mapper/rhel-swap rd.lvm.lv=rhel/root rd.lvm.lv=rhel/swap rhgb quiet"' 'GRUB_DISABLE_RECOVERY="true"' 'GRUB_ENABLE_BLSCFG=true'
