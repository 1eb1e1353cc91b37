# firewalld was masked after being enabled: it never starts
host_base
enable_unit firewalld.service
firewalld_installed
mask_unit firewalld.service
