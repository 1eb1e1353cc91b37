host_base
host_file /etc/crypttab 'luks-data LABEL=cryptdata /etc/keys/data.key luks'
