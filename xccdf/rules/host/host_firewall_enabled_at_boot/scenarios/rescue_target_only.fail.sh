# only rescue.target wants firewalld: a normal boot does not start it
host_base
enable_unit firewalld.service rescue.target
