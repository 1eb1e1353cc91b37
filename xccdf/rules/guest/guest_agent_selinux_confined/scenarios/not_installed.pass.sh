# no guest agent: nothing to confine
guest_base
