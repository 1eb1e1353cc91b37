# an offline image: no running KSM to judge
host_base
