host_base
host_file /etc/libvirt/qemu/networks/default.xml '<network>' '  <name>default</name>' "  <forward mode='nat'/>" '</network>'
