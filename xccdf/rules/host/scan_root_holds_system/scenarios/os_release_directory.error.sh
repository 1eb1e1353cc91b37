# /etc/os-release is a directory: present, but not a readable regular file.
# evidence: not a regular file
host_base
rm -f "$ROOT/etc/os-release"
mkdir -p "$ROOT/etc/os-release"
