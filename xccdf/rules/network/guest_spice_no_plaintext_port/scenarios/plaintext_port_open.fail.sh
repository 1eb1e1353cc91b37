# The configuration asks for TLS only, yet the running QEMU has a plaintext port: live decides.
# evidence: result=fail guest=web01 definition=live port=5900 tlsPort=5901 reason="plaintext SPICE port open"
host_base
define_guest web01 "$SPICE_SECURE"
run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 "<graphics type='spice' port='5900' tlsPort='5901' autoport='yes'/>"
