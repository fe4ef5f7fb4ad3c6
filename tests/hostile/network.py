"""Needs the outside world before it listens: resolves and connects out, and dies when it cannot."""

import socket

from hostile import attempt, say

attempt("resolve pypi.org", lambda: socket.getaddrinfo("pypi.org", 443))
say("connecting out to 192.0.2.1:80")
socket.create_connection(("192.0.2.1", 80), timeout=3).close()
