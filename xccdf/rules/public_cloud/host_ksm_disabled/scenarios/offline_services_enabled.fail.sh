# an offline image whose boot configuration starts KSM
host_base
enable_unit ksmtuned.service
