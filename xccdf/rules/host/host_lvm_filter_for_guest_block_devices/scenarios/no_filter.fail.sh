# Debian-style lvm.conf: no global_filter, devices file off by default
host_base
define_guest db01 "<disk type=\"block\" device=\"disk\"><source dev=\"/dev/vg0/db01\"/><target dev=\"vda\"/></disk>"
host_file /etc/lvm/lvm.conf 'devices {' '	# use_devicesfile = 0' '	# global_filter = [ "a|.*|" ]' '}'
