# The configuration is fine but the running guest was changed: the live definition decides.
# evidence: result=fail guest=web01 definition=live defaultMode=secure insecure_channels=inputs
host_base
define_guest web01 "$SPICE_SECURE"
run_guest web01 4101 system_u:system_r:svirt_t:s0:c1,c2 \
  "<graphics type='spice' port='5900' tlsPort='5901' autoport='yes' defaultMode='secure'><channel name='inputs' mode='insecure'/></graphics>"
