# remediation: pass
# socket activation ignores the .conf permissions; the unit's SocketMode applies
host_base
host_file /etc/systemd/system/libvirtd-admin.socket.d/50-open.conf '[Socket]' 'SocketMode=0666'
