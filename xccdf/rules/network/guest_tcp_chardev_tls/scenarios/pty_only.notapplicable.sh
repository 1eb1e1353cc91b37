host_base
define_guest web01 "<serial type='pty'/><console type='pty'/>"
