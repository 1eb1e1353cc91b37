# TigerVNC installed, no instance enabled; an xinetd VNC service disabled
guest_base
mkdir -p "$ROOT/usr/lib/systemd/system"
: > "$ROOT/usr/lib/systemd/system/vncserver@.service"
host_file /etc/xinetd.d/vnc 'service vnc1024' '{' '	server		= /usr/bin/Xvnc' '	server_args	= -inetd -query localhost -once' '	disable		= yes' '}'
