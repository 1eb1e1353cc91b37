# shellcheck shell=bash
# reboot: false
# disruption: low
# sshd takes the first value it reads: drop every PermitRootLogin setting, then set it once at
# the top of sshd_config, ahead of any Include or Match block.
conf=/etc/ssh/sshd_config
if [ ! -f "$conf" ]; then
    oscap_virt_report "$conf does not exist: sshd is not installed, nothing to change"
else
    for f in "$conf" /etc/ssh/sshd_config.d/*.conf; do
        if [ -f "$f" ]; then
            sed -i -E '/^[[:space:]]*PermitRootLogin([[:space:]]|=)/Id' "$f"
        fi
    done
    { echo 'PermitRootLogin no'; cat "$conf"; } > "$conf.oscap-virt"
    cat "$conf.oscap-virt" > "$conf"
    rm -f "$conf.oscap-virt"
    if oscap_virt_systemd_running; then
        for unit in ssh.service sshd.service; do
            if systemctl is-active -q "$unit" 2>/dev/null; then
                systemctl reload "$unit" || oscap_virt_report "reloading $unit failed"
            fi
        done
    fi
fi
