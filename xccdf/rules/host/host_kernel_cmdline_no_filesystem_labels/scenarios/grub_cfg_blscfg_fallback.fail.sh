# RHEL 8 grub.cfg: kernelopts set in grub.cfg when grubenv lacks it; every value is judged
# evidence: kernelopts from /boot/grub2/grub.cfg line 2
host_base
host_file /boot/grub2/grub.cfg 'if [ -z "${kernelopts}" ]; then' '  set kernelopts="root=LABEL=rootfs ro "' 'fi' 'insmod blscfg' 'blscfg'
host_file /boot/loader/entries/0123-4.18.0.conf 'title RHEL 8' 'linux /vmlinuz-4.18.0' 'options $kernelopts $tuned_params'
