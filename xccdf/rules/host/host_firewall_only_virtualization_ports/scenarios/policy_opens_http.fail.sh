# a policy towards HOST opens http for traffic from any zone
# evidence: policy=web .*service=http
host_base
enable_unit firewalld.service
firewalld_installed
host_file /etc/firewalld/firewalld.conf 'DefaultZone=drop'
host_file /etc/firewalld/policies/web.xml '<policy target="CONTINUE">' '  <ingress-zone name="ANY"/>' '  <egress-zone name="HOST"/>' \
    '  <service name="http"/>' '</policy>'
