# a commented-out disable line does not disable the service
guest_base
host_file /etc/xinetd.d/rlogin 'service login' '{' '	server		= /usr/sbin/in.rlogind' '#	disable		= yes' '}'
