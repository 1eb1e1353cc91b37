mkdir -p "$ROOT/proc"
printf 'processor\t: 0\nflags\t\t: fpu vme de pse tsc msr pae vmx\n' > "$ROOT/proc/cpuinfo"
enable_unit 'vncserver@:1.service'
