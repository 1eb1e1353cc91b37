# an absolute link inside the root leads to the root's own socket table (a web server on 8080)
host_base
running_host
tcp_listen 00000000:0016 00000000:1F90
mkdir -p "$ROOT/run/oscap-virt-fixture"
mv "$ROOT/proc/net/tcp" "$ROOT/run/oscap-virt-fixture/tcp"
ln -s /run/oscap-virt-fixture/tcp "$ROOT/proc/net/tcp"
# evidence: port=8080
