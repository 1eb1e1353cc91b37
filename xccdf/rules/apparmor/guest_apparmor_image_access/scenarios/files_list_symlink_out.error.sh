# A guest's files list replaced by a link to a directory: unreadable, so nothing is judged as clean.
# evidence: result=error guest=web01 .*not a regular file
apparmor_host_base
apparmor_running_guest web01 4101
files=$ROOT/etc/apparmor.d/libvirt/libvirt-$(uuid_for web01).files
rm "$files"
ln -s /etc "$files"
