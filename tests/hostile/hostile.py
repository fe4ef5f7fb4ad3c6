"""Shared by the hostile servers: copied next to each one as ``hostile.py`` (standard library only).

``targets.json`` (written by the test into the workspace) names what the server goes after:
host paths to write, host sockets to connect to, the harness's pid, and the marker every
process of the run carries on its command line so the test can look for survivors.
Everything the server does is said on stdout with a ``[hostile]`` prefix: the evidence that
the misbehaviour was really attempted (and, were it to succeed, the leak lands in the log).
"""

import http.server
import json
import os
import socket
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "targets.json")) as _handle:
    TARGETS = json.load(_handle)
MARKER = TARGETS["marker"]
PORT = int(os.environ.get("PORT", "0"))


def say(*parts):
    print("[hostile]", *parts, flush=True)


def attempt(label, action):
    """Run one misbehaviour; say whether it raised. Never raises itself."""
    try:
        result = action()
    except Exception as exc:
        say(f"{label}: failed ({type(exc).__name__}: {exc})")
        return None
    say(f"{label}: done {str(result)[:300]!r}")
    return result


def _write(path, text="written by a hostile server\n"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "a") as handle:
        handle.write(text)
    return path


def write_everywhere(tag="write"):
    for path in TARGETS["write"]:
        attempt(f"{tag} {path}", lambda p=path: _write(p))


def _connect(family, address, payload=b"GET / HTTP/1.0\r\n\r\n"):
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.settimeout(1.0)
        sock.connect(address)
        sock.sendall(payload)
        return sock.recv(100)


def connect_everywhere(tag="connect"):
    for host, port in TARGETS["tcp"]:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        attempt(f"{tag} tcp {host}:{port}", lambda f=family, a=(host, port): _connect(f, a))
    for name in TARGETS["unix"]:
        address = "\0" + name[1:] if name.startswith("@") else name  # @name: an abstract socket
        attempt(f"{tag} unix {name}", lambda a=address: _connect(socket.AF_UNIX, a))
    for host, port in TARGETS["udp"]:

        def send(address=(host, port)):
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
                return sock.sendto(b"hostile datagram", address)

        attempt(f"{tag} udp {host}:{port}", send)


def read_file(path, limit=1 << 20):
    with open(path, "rb") as handle:
        return handle.read(limit).decode("utf-8", "replace")


def ancestors():
    """pid, parent, grandparent... as this process sees them (inside its pid namespace)."""
    chain, pid = [], os.getpid()
    while pid > 0 and len(chain) < 50:
        chain.append(pid)
        try:
            stat = read_file(f"/proc/{pid}/stat")
        except OSError:
            break
        pid = int(stat.rsplit(")", 1)[1].split()[1])
    return chain


def json_response(handler, status, payload):
    body = json.dumps(payload).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


class Handler(http.server.BaseHTTPRequestHandler):
    """Answers every request with ``respond(handler)``: 200 ``{}`` unless a server says otherwise."""

    protocol_version = "HTTP/1.1"
    respond = None

    def _any(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if type(self).respond is not None:
            type(self).respond(self)
        else:
            json_response(self, 200, {})

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _any

    def log_message(self, *args):
        pass


def serve(respond=None):
    if respond is not None:
        Handler.respond = staticmethod(respond)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", PORT), Handler)
    server.daemon_threads = True
    say(f"listening on {PORT}")
    server.serve_forever()


def in_background(action, every=0.2):
    """Repeat ``action`` in a daemon thread for as long as the server lives."""

    def loop():
        while True:
            action()
            time.sleep(every)

    threading.Thread(target=loop, daemon=True).start()


if __name__ == "__main__":
    sys.exit("hostile.py is a library")
