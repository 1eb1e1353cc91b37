host_base
host_file /etc/cmdline.d/90-resume.conf 'resume=PARTLABEL=swap'
