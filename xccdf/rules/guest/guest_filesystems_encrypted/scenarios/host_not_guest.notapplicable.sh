mkdir -p "$ROOT/proc"
printf 'processor\t: 0\nflags\t\t: fpu vme de pse tsc msr pae vmx\n' > "$ROOT/proc/cpuinfo"
host_file /etc/fstab '/dev/vda1 / xfs defaults 0 0'
