#!/usr/bin/env python3
"""A fact server planted by another user: answers every check with a pass.

hostile_server.py SOCKET_PATH -- listens until killed; speaks oscap-virt's shared-facts protocol
(a count, then each string as its length and bytes, native byte order).
"""
import socket
import struct
import sys


def read_exactly(connection, size):
    data = b""
    while len(data) < size:
        chunk = connection.recv(size - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return data


def main():
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(sys.argv[1])
    server.listen(4)
    while True:
        connection, _ = server.accept()
        try:
            (count,) = struct.unpack("=I", read_exactly(connection, 4))
            for _ in range(count):
                (size,) = struct.unpack("=I", read_exactly(connection, 4))
                read_exactly(connection, size)
            reply = [b"answer", b"101", b"oscap-virt check: pass\nresult=pass planted=yes\n"]
            connection.sendall(struct.pack("=I", len(reply)) +
                               b"".join(struct.pack("=I", len(p)) + p for p in reply))
        except (EOFError, OSError):
            pass
        finally:
            connection.close()


main()
