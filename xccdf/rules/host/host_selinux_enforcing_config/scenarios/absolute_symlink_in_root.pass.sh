# an absolute link is followed inside the judged root, never on the scanning machine
host_base
host_file /etc/selinux/config.d/main 'SELINUX=enforcing' 'SELINUXTYPE=targeted'
ln -s /etc/selinux/config.d/main "$ROOT/etc/selinux/config"
