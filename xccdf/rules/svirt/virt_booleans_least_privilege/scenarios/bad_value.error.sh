# value: sebool_virt_use_nfs=maybe
# evidence: result=error boolean=virt_use_nfs expected=maybe reason=
host_base
virt_booleans 0 0
mounted /dev/vda1 / ext4
