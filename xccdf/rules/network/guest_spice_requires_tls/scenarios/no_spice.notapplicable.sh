host_base
define_guest headless "<graphics type='vnc' port='-1'/>"
