# libvirt's routed-network policy accepts forwarded traffic, not traffic to the host
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=public'
host_file /usr/lib/firewalld/zones/libvirt-routed.xml '<zone target="ACCEPT">' '</zone>'
host_file /usr/lib/firewalld/policies/libvirt-routed-in.xml '<policy target="ACCEPT" priority="-1">' \
    '  <ingress-zone name="ANY"/>' '  <egress-zone name="libvirt-routed"/>' '</policy>'
