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

# oscap_virt_selinux_host: true when the host runs SELinux, or is configured for it and runs no
# AppArmor (the selinux_host platform). SELinux-only settings (labels, booleans,
# security_driver "selinux") are written only then, never on another LSM's host.
oscap_virt_selinux_host() {
    [ -e /sys/fs/selinux/enforce ] && return 0
    [ -e /sys/kernel/security/apparmor/profiles ] && return 1
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
    local tmp="$file.oscap-virt.$$" awk
    # Any POSIX awk; some systems only have it as gawk or mawk (a chroot without alternatives).
    awk=$(command -v awk || command -v gawk || command -v mawk) || {
        oscap_virt_report "$file: no awk, $key not set"
        return 0
    }
    # shellcheck disable=SC2016 # the program is awk, in single quotes on purpose
    "$awk" -v key="$key" -v line="$key = $value" '
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
    oscap_virt_restart_daemons libvirtd virtqemud virtproxyd
}

# oscap_virt_restart_daemons DAEMON...: those of the named daemons that are running restart.
oscap_virt_restart_daemons() {
    oscap_virt_systemd_running || return 0
    local daemon
    for daemon in "$@"; do
        if systemctl is-active -q "$daemon" 2>/dev/null; then
            systemctl try-restart "$daemon" || oscap_virt_report "restarting $daemon failed"
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

# oscap_virt_set_qemu_account user|group: qemu.conf's user (or group) names the distribution's
# QEMU account (qemu or libvirt-qemu) when QEMU would otherwise run with id 0, as libvirt
# resolves it (a name or +number; unset: the owner of /var/lib/libvirt/qemu). Leaves qemu.conf
# alone, and says why, when dynamic_ownership = 0 (images would stay root's and guests would
# not start), when no such account exists, or when libvirt cannot parse qemu.conf.
oscap_virt_set_qemu_account() {
    local key=$1 conf=/etc/libvirt/qemu.conf database=passwd stat_format=%u
    local reading name id candidate account=
    [ "$key" = user ] || { database=group; stat_format=%g; }
    [ -f "$conf" ] || { oscap_virt_report "$conf: not there, $key not set"; return 0; }
    if ! reading=$(oscap_virt_conf_read "$conf" "$key"); then
        oscap_virt_report "$conf: libvirt cannot parse it; $key not changed"
        return 0
    fi
    name=$(printf '%s\n' "$reading" | sed -n 2p)
    if [ -z "$name" ]; then
        id=$(stat -c "$stat_format" /var/lib/libvirt/qemu 2>/dev/null || echo 0)
    elif [ "${name#+}" != "$name" ]; then
        id=${name#+}
    else
        id=$(getent "$database" "$name" | cut -d: -f3)
    fi
    if [ -z "$id" ]; then
        oscap_virt_report "$key $name is unknown on this host; $conf not changed"
        return 0
    fi
    case $id in *[!0]*) return 0 ;; esac
    if [ "$(oscap_virt_conf_read "$conf" dynamic_ownership | sed -n 2p)" = 0 ]; then
        oscap_virt_report "dynamic_ownership = 0 in $conf: QEMU's $key not changed"
        return 0
    fi
    for candidate in qemu libvirt-qemu; do
        if getent "$database" "$candidate" >/dev/null; then
            account=$candidate
            break
        fi
    done
    if [ -z "$account" ]; then
        oscap_virt_report "neither qemu nor libvirt-qemu exists: QEMU's $key not changed"
        return 0
    fi
    # Every assignment at the start of a line says the same, and, as libvirt uses the first
    # assignment of a name wherever later ones stand (after a ';' too), one more goes first.
    oscap_virt_set_conf_key "$conf" "$key" "\"$account\""
    { printf '%s = "%s"  # oscap-virt: QEMU must not run as root\n' "$key" "$account"
      cat "$conf"; } > "$conf.oscap-virt.$$" && cat "$conf.oscap-virt.$$" > "$conf"
    rm -f "$conf.oscap-virt.$$"
    oscap_virt_restart_daemons libvirtd virtqemud
}

# ---- libvirt daemon settings read and written with libvirt's grammar (<libvirt-setting> rules)

# oscap_virt_conf_read FILE KEY
# Prints the value libvirt reads for KEY in FILE: two or more lines, the kind (n number,
# s string, l list) then the value (a number without '+' or leading zeros, the string, or the
# list items one per line). Prints nothing when KEY is not set. Status 2 when libvirt could
# not parse FILE. The reading follows libvirt's src/util/virconf.c (virConfParse,
# virConfGetValue): statements end at a newline, a carriage return or ';'; '#' starts a comment;
# strings are in ' or " or """ quotes (the last may span lines); lists [ ... ] may span lines;
# the FIRST assignment of a name is the one libvirt uses.
oscap_virt_conf_read() {
    local awk
    # Any POSIX awk; some systems only have it as gawk or mawk (a chroot without alternatives).
    awk=$(command -v awk || command -v gawk || command -v mawk) || return 2
    # shellcheck disable=SC2016 # the program is awk, in single quotes on purpose
    "$awk" -v key="$2" '
        function blank(c) { return c == " " || c == "\t" }
        function eol(c) { return c == "\n" || c == "\r" }
        function at(i) { return substr(text, i, 1) }
        function skip_blanks() { while (pos <= len && blank(at(pos))) pos++ }
        function skip_blanks_eol() { while (pos <= len && (blank(at(pos)) || eol(at(pos)))) pos++ }
        function skip_comment() { while (pos <= len && !eol(at(pos))) pos++ }
        function read_string(   quote, start) {
            if (len - pos + 1 > 6 && substr(text, pos, 3) == "\"\"\"") {
                rest = substr(text, pos + 3)
                start = index(rest, "\"\"\"")
                if (start == 0) return 0
                str = substr(rest, 1, start - 1)
                pos += 3 + start - 1 + 3
                return 1
            }
            quote = at(pos)
            pos++
            start = pos
            while (pos <= len && at(pos) != quote && !eol(at(pos))) pos++
            if (at(pos) != quote) return 0
            str = substr(text, start, pos - start)
            pos++
            return 1
        }
        function read_number(   sign, start, digits) {
            sign = ""
            if (at(pos) == "-") sign = "-"
            if (at(pos) == "-" || at(pos) == "+") pos++
            start = pos
            while (pos <= len && at(pos) ~ /[0-9]/) pos++
            if (pos == start) return 0
            digits = substr(text, start, pos - start)
            sub(/^0+/, "", digits)
            if (digits == "") digits = "0"
            str = sign digits
            return 1
        }
        function read_value(   c) {
            c = at(pos)
            if (c == "\"" || c == "'"'"'") { kind = "s"; if (!read_string()) return 0; value = str; return 1 }
            if (c ~ /[-+0-9]/) { kind = "n"; if (!read_number()) return 0; value = str; return 1 }
            if (c != "[") return 0
            kind = "l"; value = ""; items = 0
            pos++
            skip_blanks_eol()
            while (pos <= len && at(pos) != "]") {
                if (items > 0) {
                    if (at(pos) != ",") return 0
                    pos++
                    skip_blanks_eol()
                    if (at(pos) == "]") break
                }
                c = at(pos)
                if (c != "\"" && c != "'"'"'") return 0
                if (!read_string()) return 0
                value = value (items > 0 ? "\n" : "") str
                items++
                skip_blanks_eol()
            }
            if (at(pos) != "]") return 0
            pos++
            return 1
        }
        { text = text $0 }
        END {
            len = length(text)
            pos = 1
            while (pos <= len) {
                skip_blanks_eol()
                if (pos > len) break
                if (at(pos) == "#") { skip_comment(); continue }
                if (at(pos) !~ /[A-Za-z]/) exit 2
                start = pos
                while (pos <= len && at(pos) ~ /[A-Za-z0-9_]/) pos++
                name = substr(text, start, pos - start)
                skip_blanks()
                if (at(pos) != "=") exit 2
                pos++
                skip_blanks()
                if (!read_value()) exit 2
                if (name == key) { print kind; print value; exit 0 }
                skip_blanks()
                if (at(pos) == "#") skip_comment()
                else if (at(pos) == ";") pos++
                else if (pos <= len && !eol(at(pos))) exit 2
            }
        }' RS='\001' "$1"
}

# oscap_virt_conf_meets KIND VALUE OPERATION ARGUMENT
# Whether a value read by oscap_virt_conf_read satisfies the rule's expectation.
oscap_virt_conf_meets() {
    local kind=$1 value=$2 operation=$3 argument=$4
    case $operation in
        equals) [ "$value" = "$argument" ] ;;
        not-equals) [ "$value" != "$argument" ] ;;
        at-least) [ "$kind" = n ] && [ "$value" -ge "$argument" ] ;;
        at-most) [ "$kind" = n ] && [ "$value" -le "$argument" ] ;;
        contains) printf '%s\n' "$value" | grep -qxF -- "$argument" ;;
        no-other-access) [ "$kind" = s ] && [[ $value =~ ^[0-7]+$ ]] && [ $((8#$value & 7)) -eq 0 ] ;;
        *) return 1 ;;
    esac
}

# oscap_virt_conf_set FILE KEY KIND OPERATION ARGUMENT DEFAULT_KIND DEFAULT LITERAL [FALLBACK]
# Makes libvirt read a KEY that meets OPERATION ARGUMENT from FILE: when the value it reads now
# (the FALLBACK key's when KEY is absent, else DEFAULT when KEY or FILE is absent; DEFAULT_KIND
# absent-passes or absent-fails when libvirt's choice depends on the host) does not, `KEY = LITERAL` becomes the first statement of
# FILE (the first assignment wins), written in place so that links and modes stay. Prints what
# it did; status 0 when FILE changed, 1 when nothing needed changing, 2 when FILE was left alone
# because libvirt cannot read it.
oscap_virt_conf_set() {
    local file=$1 key=$2 kind=$3 operation=$4 argument=$5 default_kind=$6 default=$7 literal=$8
    local fallback=${9:-}
    local reading current_kind current_value
    if [ -e "$file" ] && [ ! -f "$file" ]; then
        echo "oscap-virt: $file is not a regular file; not changed" >&2
        return 2
    fi
    if [ -e "$file" ]; then
        if ! reading=$(oscap_virt_conf_read "$file" "$key"); then
            echo "oscap-virt: libvirt cannot parse $file; not changed" >&2
            return 2
        fi
        if [ -z "$reading" ] && [ -n "$fallback" ]; then
            reading=$(oscap_virt_conf_read "$file" "$fallback")
        fi
    else
        reading=
    fi
    if [ -n "$reading" ]; then
        current_kind=${reading%%$'\n'*}
        current_value=${reading#*$'\n'}
    else
        case $default_kind in
            absent-passes) return 1 ;;
            absent-fails) current_kind= ;;
            *) current_kind=$default_kind ;;
        esac
        current_value=$default
    fi
    if [ "$current_kind" = "$kind" ] || { [ "$kind" = l ] && [ "$current_kind" = s ] && [ "$operation" = contains ]; }; then
        if oscap_virt_conf_meets "$current_kind" "$current_value" "$operation" "$argument"; then
            return 1
        fi
    fi
    mkdir -p "$(dirname "$file")"
    if [ -e "$file" ]; then
        local copy
        copy=$(mktemp) || return 2
        { printf '%s = %s\n' "$key" "$literal"; cat "$file"; } > "$copy" && cat "$copy" > "$file"
        rm -f "$copy"
    else
        printf '%s = %s\n' "$key" "$literal" > "$file"
    fi
    echo "oscap-virt: $file: $key = $literal"
    return 0
}


