host_base
host_file /etc/crypttab '# <name> <device> <password> <options>' \
    'luks-4a1e3bd2 UUID=4a1e3bd2-5a5d-4c1e-8b1e-0e9a2c8f5b11 none discard' \
    '#luks-old LABEL=olddata none'
