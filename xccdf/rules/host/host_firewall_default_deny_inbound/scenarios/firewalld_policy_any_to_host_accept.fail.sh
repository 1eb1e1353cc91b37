# a policy from ANY zone to HOST with target ACCEPT opens the host whatever the zones say
# evidence: policy=open-host .*target ACCEPT
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=public'
host_file /etc/firewalld/policies/open-host.xml '<?xml version="1.0" encoding="utf-8"?>' '<policy target="ACCEPT">' \
    '  <ingress-zone name="ANY"/>' '  <egress-zone name="HOST"/>' '</policy>'
