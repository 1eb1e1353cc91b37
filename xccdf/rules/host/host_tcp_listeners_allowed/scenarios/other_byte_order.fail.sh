# 127.0.0.1 as a loopback address only in the machine's byte order: 7F000001 is 1.0.0.127 here
# (x86_64, little-endian), which is not loopback
host_base
running_host
tcp_listen 7F000001:1F90
# evidence: address=1.0.0.127
