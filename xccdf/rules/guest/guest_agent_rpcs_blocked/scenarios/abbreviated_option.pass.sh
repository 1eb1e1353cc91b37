# getopt_long takes a unique prefix of a long option, and the list as the next argument
guest_base
host_file /usr/sbin/qemu-ga ''
host_file /lib/systemd/system/qemu-guest-agent.service '[Service]' \
    'ExecStart=/usr/sbin/qemu-ga --block guest-exec,guest-exec-status -vbguest-file-open,guest-file-close "--blacklist=guest-file-read,guest-file-write" --bl=guest-file-seek,guest-file-flush'
