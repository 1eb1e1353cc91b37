# SELinux is on but its booleans cannot be listed.
# evidence: result=error object=booleans reason=
host_base
