# evidence: result=pass mac=apparmor mode=enforce
apparmor_host_base
