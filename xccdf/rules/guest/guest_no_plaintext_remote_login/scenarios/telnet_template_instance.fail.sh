# socket-activated telnet as Fedora ships it: telnet@.service runs per connection, the
# socket is enabled; here an instance is enabled through the template file
guest_base
host_file /usr/lib/systemd/system/telnet@.service '[Service]' 'ExecStart=-/usr/sbin/in.telnetd'
mkdir -p "$ROOT/etc/systemd/system/multi-user.target.wants"
ln -s /usr/lib/systemd/system/telnet@.service "$ROOT/etc/systemd/system/multi-user.target.wants/telnet@0.service"
# evidence: unit=telnet@0.service
