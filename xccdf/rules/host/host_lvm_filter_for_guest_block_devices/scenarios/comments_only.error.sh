# a non-empty lvm.conf without any setting: libdm's parser finds no section and lvm refuses the
# file (an empty file would be skipped)
host_base
define_guest db01 "<disk type='block' device='disk'><source dev='/dev/sdb'/><target dev='vda'/></disk>"
host_file /etc/lvm/lvm.conf '# global_filter = [ "r|.*|" ]'
# evidence: no settings
