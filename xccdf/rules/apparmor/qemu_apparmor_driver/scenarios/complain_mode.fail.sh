# evidence: result=fail apparmor=enabled mode=complain
apparmor_host_base
host_file /sys/module/apparmor/parameters/mode complain
qemu_conf 'security_driver = "apparmor"' 'security_require_confined = 1'
