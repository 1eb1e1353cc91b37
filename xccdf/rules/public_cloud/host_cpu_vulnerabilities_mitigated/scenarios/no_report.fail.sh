# a running kernel too old to report CPU vulnerabilities
host_base
running_host
