host_base
host_file /etc/dracut.conf.d/10-policy.conf "persistent_policy='by-label'"
