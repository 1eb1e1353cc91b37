# A host the check would fail; with a broken oscap-virt the result must still be error.
host_base
define_guest legacy "$SPICE_PLAIN"
