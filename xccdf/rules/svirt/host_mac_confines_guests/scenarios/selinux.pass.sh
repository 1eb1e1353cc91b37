# evidence: result=pass mac=selinux mode=enforcing
host_base
