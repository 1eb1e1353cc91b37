# evidence: result=error object=/etc/libvirt/storage/san02.xml reason="malformed pool XML
host_base
storage_pool san01 iscsi "<host name='192.0.2.5'/><device path='iqn.2013-06.com.example:san01'/><auth type='chap' username='libvirt'><secret usage='libvirtiscsi'/></auth>"
printf "<pool type='iscsi'><name>san02</name><source>" > "$ROOT/etc/libvirt/storage/san02.xml"
