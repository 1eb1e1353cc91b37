# A socket display is not judged, a plaintext TCP display still is.
# evidence: result=fail guest=web01 definition=persistent defaultMode=any
host_base
define_guest sock01 "<graphics type='spice'><listen type='socket' socket='/run/sock01.spice'/></graphics>"
define_guest web01 "<graphics type='spice' port='5900'/>"
