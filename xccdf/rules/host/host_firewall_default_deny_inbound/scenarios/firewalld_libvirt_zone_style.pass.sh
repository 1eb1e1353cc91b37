# target ACCEPT ended by a lowest-priority catch-all reject, as libvirt's own zone does
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=virt'
host_file /etc/firewalld/zones/virt.xml '<zone target="ACCEPT">' "  <rule priority='32767'>" '    <reject/>' '  </rule>' \
    "  <protocol value='icmp'/>" "  <service name='ssh'/>" '</zone>'
