# An empty directory, as an unmounted mount point looks.
# evidence: holds no operating system
:
