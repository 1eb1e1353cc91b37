# += appends to what earlier files set
# evidence: word="resume=/dev/disk/by-label/swap"
host_base
host_file /etc/dracut.conf 'kernel_cmdline="rd.lvm=0"'
host_file /etc/dracut.conf.d/50-resume.conf 'kernel_cmdline+=" resume=/dev/disk/by-label/swap "'
