# a line with one field is ignored by systemd-cryptsetup-generator
host_base
host_file /etc/crypttab 'LABEL=data' 'data UUID=4a1e3bd2-5a5d-4c1e-8b1e-0e9a2c8f5b11 none luks'
