# A host tree whose os-release files are not regular files (a directory and a dangling link):
# no readable os-release, so no operating system. (Not a FIFO: oscap's own probes would block
# reading it.)
# evidence: holds no readable operating system.*not a regular file
host_base
rm -f "$ROOT/etc/os-release" "$ROOT/usr/lib/os-release"
mkdir -p "$ROOT/etc/os-release"
ln -s /nonexistent "$ROOT/usr/lib/os-release"
define_guest plain "$SPICE_PLAIN"
