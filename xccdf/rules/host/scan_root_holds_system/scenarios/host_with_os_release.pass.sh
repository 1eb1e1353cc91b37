# A host root with its os-release linked from /etc, a host name and a machine id.
# evidence: result=pass .*os_release=/etc/os-release
# evidence: hostname=hv01
host_base
host_file /etc/hostname hv01
host_file /etc/machine-id 0123456789abcdef0123456789abcdef
