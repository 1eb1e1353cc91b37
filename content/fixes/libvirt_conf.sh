# Shared by every generated fix of a libvirt daemon setting (rules with <libvirt-setting>):
# build_content.py inlines this file at the top of each bash fix and each Ansible shell task.
# Functions only; nothing runs when it is sourced. Never exits: a fix reports and goes on.

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

# oscap_virt_restart_daemons DAEMON...: restarts those of the daemons that run, so that they
# read their configuration again (running guests keep their settings until restarted).
oscap_virt_restart_daemons() {
    local daemon
    command -v systemctl >/dev/null 2>&1 || return 0
    for daemon in "$@"; do
        if systemctl is-active -q "$daemon" 2>/dev/null; then
            systemctl try-restart "$daemon" || echo "oscap-virt: could not restart $daemon" >&2
        fi
    done
}

# oscap_virt_selinux_enabled: SELinux is the host's enabled security module (selinuxfs mounted).
oscap_virt_selinux_enabled() { [ -f /sys/fs/selinux/enforce ]; }
