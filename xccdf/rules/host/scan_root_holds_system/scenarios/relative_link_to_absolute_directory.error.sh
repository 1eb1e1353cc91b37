# The absolute link hides one step further: selinux/config is a relative link into a directory
# that is itself an absolute link.
# evidence: result=error .*/etc/selinux-site is a symbolic link to the absolute path /srv/selinux
host_base
mkdir -p "$ROOT/srv/selinux" "$ROOT/etc/selinux"
printf 'SELINUX=enforcing\nSELINUXTYPE=targeted\n' > "$ROOT/srv/selinux/config"
ln -s /srv/selinux "$ROOT/etc/selinux-site"
ln -s ../selinux-site/config "$ROOT/etc/selinux/config"
