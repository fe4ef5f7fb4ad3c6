"""Connects to services on the host's loopback (TCP over IPv4 and IPv6, UDP, an abstract unix
socket, a unix socket in the host's /tmp, the harness's PostgreSQL port), at start and again
and again while it serves."""

from hostile import connect_everywhere, in_background, say, serve

connect_everywhere()
say("attempted every connection")
in_background(lambda: connect_everywhere("again"), every=0.3)
serve()
