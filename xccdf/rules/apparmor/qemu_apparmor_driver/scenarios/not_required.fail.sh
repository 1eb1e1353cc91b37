# Debian's stock qemu.conf: guests may still ask to run unconfined.
# remediation: pass
# evidence: result=fail security_require_confined="unset \(0\)"
apparmor_host_base
