# shellcheck shell=bash
# Shared helpers of the bash fixes (xccdf/rules/*/*/fix.sh). content/build_content.py copies
# into each fix exactly the functions it calls, so every generated fix stands alone: oscap
# concatenates fixes into one script and Foreman runs single fixes.
#
# Rules for every function here and every fix: never `exit` (one fix must not end the
# combined script: report and `return`), never write another LSM's or distribution's
# settings, act only on what is installed, and be idempotent.

# oscap_virt_report MESSAGE...: one line on stderr naming the fix's decision.
oscap_virt_report() {
    printf 'oscap-virt fix: %s\n' "$*" >&2
}

# oscap_virt_systemd_running: true when systemd manages this system now (not in a chroot or
# an image), so units may be started, reloaded or restarted.
oscap_virt_systemd_running() {
    [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1
}

# oscap_virt_selinux_host: true when the host runs or is configured for SELinux. SELinux-only
# settings (labels, booleans, security_driver "selinux") are written only then.
oscap_virt_selinux_host() {
    [ -e /sys/fs/selinux/enforce ] && return 0
    [ -f /etc/selinux/config ] && grep -Eq '^SELINUX=(enforcing|permissive)[[:space:]]*$' /etc/selinux/config
}

# oscap_virt_set_conf_key FILE KEY VALUE: KEY = VALUE in a libvirt configuration file (the
# libvirt conf grammar: `key = value`, `#` comments). Every existing assignment of KEY is
# replaced by one line at the place of the first; VALUE is written verbatim (quote strings:
# '"selinux"'). A missing file is created only when its directory exists (the daemon is
# installed); otherwise nothing is written.
oscap_virt_set_conf_key() {
    local file=$1 key=$2 value=$3
    if [ ! -d "$(dirname "$file")" ]; then
        oscap_virt_report "$file: $(dirname "$file") does not exist, $key not set"
        return 0
    fi
    if [ ! -e "$file" ]; then
        : > "$file" && chmod 0600 "$file"
    fi
    local tmp="$file.oscap-virt.$$"
    awk -v key="$key" -v line="$key = $value" '
        $0 ~ "^[[:space:]]*" key "[[:space:]]*=" { if (!done) { print line; done = 1 } next }
        { print }
        END { if (!done) print line }
    ' "$file" > "$tmp" && cat "$tmp" > "$file"
    rm -f "$tmp"
}

# oscap_virt_restart_libvirt_daemons: restarts the libvirt daemons that are running so they
# read their configuration again (running guests keep running). Nothing when systemd does
# not manage the system (chroot, image): the new settings apply at the next start.
oscap_virt_restart_libvirt_daemons() {
    oscap_virt_systemd_running || return 0
    local unit
    for unit in libvirtd.service virtqemud.service virtproxyd.service; do
        if systemctl is-active -q "$unit" 2>/dev/null; then
            systemctl try-restart "$unit" || oscap_virt_report "restarting $unit failed"
        fi
    done
}

# oscap_virt_enable_unit UNIT: UNIT unmasked and enabled at boot, started when systemd runs.
# On a SysV-init system, chkconfig/update-rc.d when present.
oscap_virt_enable_unit() {
    local unit=$1
    if command -v systemctl >/dev/null 2>&1 && { [ -d /usr/lib/systemd/system ] || [ -d /lib/systemd/system ]; }; then
        systemctl unmask "$unit" >/dev/null 2>&1 || true
        if ! systemctl enable "$unit"; then
            oscap_virt_report "systemctl enable $unit failed (is it installed?)"
            return 0
        fi
        if oscap_virt_systemd_running; then
            systemctl start "$unit" || oscap_virt_report "systemctl start $unit failed"
        fi
    elif command -v chkconfig >/dev/null 2>&1; then
        chkconfig "${unit%.service}" on
    elif command -v update-rc.d >/dev/null 2>&1; then
        update-rc.d "${unit%.service}" enable
    else
        oscap_virt_report "no init system tool found to enable $unit"
    fi
}
