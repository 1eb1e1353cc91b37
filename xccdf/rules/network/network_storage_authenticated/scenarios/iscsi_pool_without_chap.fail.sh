# evidence: result=fail pool=san01 type=iscsi auth=none reason="no <auth>"
host_base
storage_pool san01 iscsi "<host name='192.0.2.5'/><device path='iqn.2013-06.com.example:san01'/>"
