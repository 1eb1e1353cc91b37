# Only /usr/lib/os-release, as os-release(5) allows.
# evidence: os_release=/usr/lib/os-release
guest_base
rm -f "$ROOT/etc/os-release"
