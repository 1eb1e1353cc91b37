# the value comes from an expanded variable
host_base
host_file /etc/dracut.conf.d/10-dev.conf 'swapdev=LABEL=swap' 'add_device+=" $swapdev "'
