# RHEL's stock /etc/default/grub computes GRUB_DISTRIBUTOR with a command: only the command line
# variables are judged, and they name a label
# evidence: argument="root=LABEL=rootfs"
host_base
host_file /etc/default/grub 'GRUB_TIMEOUT=5' "GRUB_DISTRIBUTOR=\"\$(sed 's, release .*\$,,g' /etc/system-release)\"" 'GRUB_DEFAULT=saved' 'GRUB_CMDLINE_LINUX="root=LABEL=rootfs crashkernel=auto rhgb quiet"' 'GRUB_DISABLE_RECOVERY="true"' 'GRUB_ENABLE_BLSCFG=true'
