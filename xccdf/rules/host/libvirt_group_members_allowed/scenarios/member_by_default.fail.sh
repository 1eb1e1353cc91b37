# nobody is allowed until the site names its administrators
host_base
host_file /etc/group 'libvirt:x:990:alice'
