# tigervnc was removed; its instance link is left: nothing starts
guest_base
mkdir -p "$ROOT/etc/systemd/system/multi-user.target.wants"
ln -s /usr/lib/systemd/system/vncserver@.service "$ROOT/etc/systemd/system/multi-user.target.wants/vncserver@:1.service"
