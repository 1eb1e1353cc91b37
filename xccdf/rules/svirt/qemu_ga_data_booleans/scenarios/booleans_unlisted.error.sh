# SELinux is on but its booleans cannot be listed.
# evidence: result=error object=/sys/fs/selinux/booleans reason=
host_base
