guest_base
enable_unit 'vncserver@:1.service'
