"""Writes a megabyte of binary junk (every byte value, invalid UTF-8, NULs, terminal escapes)
to stdout and stderr, and answers every request - the health-check included - with binary."""

import os
import random

from hostile import say, serve

junk = bytes(range(256)) + b"\x1b[2J\x1b]0;owned\x07\xff\xfe\xed\x00\r\x1b[31m\xc3\x28\xa0\xa1\xf0\x28\x8c\xbc"
junk += random.Random(8).randbytes(4096)
say("binary output follows")
for _ in range(128):
    os.write(1, junk)
    os.write(2, junk[::-1])


def respond(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "application/octet-stream")
    handler.send_header("Content-Length", str(len(junk)))
    handler.end_headers()
    handler.wfile.write(junk)


say("binary output done")
serve(respond)
