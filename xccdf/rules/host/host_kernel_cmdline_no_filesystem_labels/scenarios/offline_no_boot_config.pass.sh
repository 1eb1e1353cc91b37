# an offline image without boot loader files: nothing names a label
host_base
