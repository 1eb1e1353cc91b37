# Staff training cannot be observed on the host: on any libvirt host the manual rule reports
# notchecked, never pass or fail.
host_base
