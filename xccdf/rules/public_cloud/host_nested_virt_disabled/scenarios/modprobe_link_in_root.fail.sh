# an offline image whose modprobe.d file is an absolute link to its own /srv copy
host_base
host_file /srv/kvm.conf 'options kvm_intel nested=1'
mkdir -p "$ROOT/etc/modprobe.d"
ln -s /srv/kvm.conf "$ROOT/etc/modprobe.d/kvm.conf"
