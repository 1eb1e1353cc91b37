#!/bin/bash
# The TLS acceptance rule agrees with libvirt itself: for each certificate set, a real libvirtd
# is started with its TLS listener on that set, and the rule's verdict (through the real oscap,
# on a fixture root holding the same configuration and files) must be pass exactly when
# libvirtd accepts the credentials and opens its TLS port.
#
# tls_agreement.sh DATASTREAM OSCAP_VIRT_BIN   (root; libvirt-daemon-system, gnutls-bin)
set -euo pipefail
datastream=$1 bin=$2
here=$(cd "$(dirname "$0")" && pwd)
run_scenario=$here/../scenarios/run_scenario.sh
for tool in libvirtd certtool openssl ss; do
    command -v "$tool" > /dev/null || { echo "FAIL: $tool is not installed"; exit 1; }
done
# One system libvirtd at a time (ctest RESOURCE_LOCK); refuse to disturb a running one.
if [ -S /run/libvirt/libvirt-sock ] && pgrep -x libvirtd > /dev/null; then
    echo "FAIL: a libvirtd is already running"; exit 1
fi

work=$(mktemp -d /var/tmp/oscap-virt-tls-live.XXXXXX)
daemon_pid=
cleanup() {
    [ -n "$daemon_pid" ] && kill "$daemon_pid" 2> /dev/null && wait "$daemon_pid" 2> /dev/null
    rm -rf "$work"
}
trap cleanup EXIT
port=$((20000 + RANDOM % 20000))
mkdir -p /var/log/libvirt

# make_set NAME KIND: CA, server certificate and key in $work/NAME, broken as KIND says
make_set() {
    local dir=$work/$1 kind=$2 expiry='expiration_days = 365'
    mkdir -p "$dir"
    local ca_template=('cn = "live CA"' ca cert_signing_key 'expiration_days = 365')
    local server_template=('cn = "live server"' 'dns_name = "localhost"' tls_www_server signing_key encryption_key)
    case $kind in
        not_ca) ca_template=('cn = "live CA"' cert_signing_key 'expiration_days = 365') ;;
        expired) expiry=$'activation_date = "2020-01-01 00:00:00"\nexpiration_date = "2021-01-01 00:00:00"' ;;
        not_yet_valid) expiry=$'activation_date = "2099-01-01 00:00:00"\nexpiration_date = "2100-01-01 00:00:00"' ;;
    esac
    local key_options=(--key-type rsa --bits 2048)
    [ "$kind" = ecdsa ] && key_options=(--key-type ecdsa --curve secp256r1)
    certtool --generate-privkey --key-type rsa --bits 2048 --outfile "$dir/ca-key.pem" 2> /dev/null
    printf '%s\n' "${ca_template[@]}" > "$dir/ca.tmpl"
    certtool --generate-self-signed --load-privkey "$dir/ca-key.pem" --template "$dir/ca.tmpl" \
        --outfile "$dir/ca.pem" 2> /dev/null
    local signer=$dir
    if [ "$kind" = wrong_ca ]; then
        signer=$dir/other
        mkdir -p "$signer"
        certtool --generate-privkey --key-type rsa --bits 2048 --outfile "$signer/ca-key.pem" 2> /dev/null
        certtool --generate-self-signed --load-privkey "$signer/ca-key.pem" --template "$dir/ca.tmpl" \
            --outfile "$signer/ca.pem" 2> /dev/null
    fi
    certtool --generate-privkey "${key_options[@]}" --outfile "$dir/key.pem" 2> /dev/null
    { printf '%s\n' "${server_template[@]}"; printf '%s\n' "$expiry"; } > "$dir/server.tmpl"
    certtool --generate-certificate --load-privkey "$dir/key.pem" --load-ca-certificate "$signer/ca.pem" \
        --load-ca-privkey "$signer/ca-key.pem" --template "$dir/server.tmpl" --outfile "$dir/cert.pem" 2> /dev/null
    if [ "$kind" = mismatched_key ]; then
        certtool --generate-privkey --key-type rsa --bits 2048 --outfile "$dir/key.pem" 2> /dev/null
    fi
    chmod 0600 "$dir/key.pem"
    cat > "$dir/libvirtd.conf" <<CONF
listen_tls = 1
listen_tcp = 0
tls_port = "$port"
unix_sock_dir = "$dir/sock"
ca_file = "$dir/ca.pem"
cert_file = "$dir/cert.pem"
key_file = "$dir/key.pem"
CONF
    mkdir -p "$dir/sock"
}

# libvirtd_accepts DIR: starts libvirtd --listen on DIR's configuration; true when it opens its
# TLS port, false when it exits refusing the credentials
libvirtd_accepts() {
    local dir=$1
    libvirtd --listen --config "$dir/libvirtd.conf" --pid-file "$dir/libvirtd.pid" \
        > "$dir/libvirtd.log" 2>&1 &
    daemon_pid=$!
    for _ in $(seq 300); do
        if ! kill -0 "$daemon_pid" 2> /dev/null; then
            wait "$daemon_pid" 2> /dev/null || true
            daemon_pid=
            return 1
        fi
        if ss -Hltn "sport = :$port" | grep -q .; then
            kill "$daemon_pid"
            wait "$daemon_pid" 2> /dev/null || true
            daemon_pid=
            return 0
        fi
        sleep 0.1
    done
    echo "FAIL: libvirtd neither listened nor exited within 30 s"
    cat "$dir/libvirtd.log"
    exit 1
}

failures=0
for kind in valid ecdsa expired not_yet_valid wrong_ca mismatched_key not_ca; do
    make_set "$kind" "$kind"
    dir=$work/$kind
    if libvirtd_accepts "$dir"; then libvirt=accepted expected=pass; else libvirt=refused expected=fail; fi
    reason=$(grep -m1 -o 'error : .*' "$dir/libvirtd.log" || true)
    echo "== $kind: libvirtd $libvirt ${reason:+($reason)}"
    # The same configuration and files, at the same paths, inside a fixture root.
    cat > "$dir/scenario.sh" <<SCENARIO
host_base
mkdir -p "\$ROOT$dir"
cp "$dir"/*.pem "\$ROOT$dir/"
chmod 0600 "\$ROOT$dir/key.pem"
cp "$dir/libvirtd.conf" "\$ROOT/etc/libvirt/libvirtd.conf"
host_file /etc/default/libvirtd 'LIBVIRTD_ARGS="--listen"'
SCENARIO
    if ! "$run_scenario" "$datastream" tls_credentials_accepted_by_libvirt "$dir/scenario.sh" \
        "$expected" "$bin"; then
        echo "DISAGREE: $kind: libvirtd $libvirt, the rule did not give $expected"
        failures=$((failures + 1))
    fi
done
[ "$failures" = 0 ] || { echo "FAIL: $failures certificate sets judged differently from libvirtd"; exit 1; }
echo "ok: the rule agrees with libvirtd on every certificate set"
