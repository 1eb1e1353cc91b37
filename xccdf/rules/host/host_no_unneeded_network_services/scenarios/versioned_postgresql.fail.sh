host_base
enable_unit postgresql-15.service
