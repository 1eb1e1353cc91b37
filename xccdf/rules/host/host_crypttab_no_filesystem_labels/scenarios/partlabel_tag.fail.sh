host_base
host_file /etc/crypttab 'swap PARTLABEL=swap /dev/urandom swap,cipher=aes-xts-plain64,size=256'
