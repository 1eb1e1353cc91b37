host_base
host_file /etc/crypttab 'swap	/dev/disk/by-label/cryptswap	/dev/urandom	swap,cipher=aes-xts-plain64'
