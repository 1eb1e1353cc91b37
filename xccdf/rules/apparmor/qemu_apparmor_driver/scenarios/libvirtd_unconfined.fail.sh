# libvirtd's own profile is not loaded, so libvirt's probe rejects AppArmor and picks no driver.
# evidence: result=fail security_driver=unset picks=none reason="libvirt's AppArmor probe fails: libvirtd runs without
apparmor_host_base
printf 'virt-aa-helper (enforce)\n' > "$ROOT/sys/kernel/security/apparmor/profiles"
qemu_conf 'security_require_confined = 1'
