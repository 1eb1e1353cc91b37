# unset: libvirt's 49152-49215 lies within the guide's 49152-49216
host_base
