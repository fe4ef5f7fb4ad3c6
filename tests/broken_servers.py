"""Deliberately broken servers for testing the suite: real sockets on free loopback ports.

* ``MutatingProxy`` sits in front of a real server and rewrites chosen responses (status codes,
  fields, delays, resets), so a test can break exactly one thing and see exactly which
  assertions fail.
* ``HostileServer`` is a raw socket server with one nasty behaviour for every connection
  (slow drip, endless body, binary, garbage, resets, hanging).

Everything binds port 0, runs in daemon threads, bounds its own loops, and stops on ``close()``.
"""

from __future__ import annotations

import functools
import gzip
import http.client
import json
import os
import re
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

# Any hostile loop gives up after this long, whether or not the client went away.
MAX_BEHAVIOUR_SECONDS = 15.0


# ---------------------------------------------------------------------------- mutating proxy


@dataclass
class Proxied:
    """One exchange passing through the proxy; a mutation edits it in place."""

    method: str
    path: str  # with query string, e.g. /api/articles?author=x
    status: int
    body: bytes
    content_type: str = "application/json"
    delay_s: float = 0.0  # wait this long before answering
    reset: bool = False  # drop the connection instead of answering
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def route(self) -> str:
        return urlsplit(self.path).path

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None

    def set_json(self, value: Any) -> None:
        self.body = json.dumps(value).encode()
        self.content_type = "application/json"


Mutation = Callable[[Proxied], None]


class _ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _ProxyServer

    def log_message(self, *args: object) -> None:
        pass

    def _forward(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        request_body = self.rfile.read(length) if length else b""
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("authorization", "content-type")}
        upstream = http.client.HTTPConnection(self.server.upstream_host, self.server.upstream_port, timeout=10)
        try:
            upstream.request(self.command, self.server.upstream_prefix + self.path, request_body or None, headers)
            answer = upstream.getresponse()
            exchange = Proxied(
                self.command,
                self.path,
                answer.status,
                answer.read(),
                answer.getheader("Content-Type", "application/json"),
            )
        finally:
            upstream.close()
        self.server.mutate(exchange)
        if exchange.delay_s:
            time.sleep(exchange.delay_s)
        if exchange.reset:
            # SO_LINGER 0 turns close() into a TCP reset.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            return
        head = (
            f"HTTP/1.1 {exchange.status} {http.client.responses.get(exchange.status, 'Status')}\r\n"
            f"Content-Type: {exchange.content_type}\r\n"
            f"Content-Length: {len(exchange.body)}\r\n\r\n"
        ).encode()
        try:
            self.wfile.write(head + exchange.body)
        except OSError:  # the client gave up (timeout test): nothing to do
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_DELETE = _forward


class _ProxyServer(ThreadingHTTPServer):
    daemon_threads = True
    upstream_host: str
    upstream_port: int
    upstream_prefix: str
    mutate: Mutation


class MutatingProxy:
    """``with MutatingProxy("http://127.0.0.1:8080/api", mutation) as proxy: proxy.base_url``."""

    def __init__(self, upstream_base_url: str, mutate: Mutation) -> None:
        parts = urlsplit(upstream_base_url)
        self._server = _ProxyServer(("127.0.0.1", 0), _ProxyHandler)
        self._server.upstream_host = parts.hostname or "127.0.0.1"
        self._server.upstream_port = parts.port or 80
        # the proxy serves /api/... itself and maps it onto the upstream's API root
        self._server.upstream_prefix = (
            parts.path.rstrip("/")[: -len("/api")] if parts.path.rstrip("/").endswith("/api") else ""
        )
        self._server.mutate = mutate
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/api"

    def __enter__(self) -> MutatingProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


# ---------------------------------------------------------------------------- hostile servers


def _read_request(conn: socket.socket) -> None:
    """Consume the whole request (headers and body), so closing later sends no premature reset."""
    data = b""
    ends = time.monotonic() + 2
    try:
        while b"\r\n\r\n" not in data and len(data) < 65536 and time.monotonic() < ends:
            chunk = conn.recv(65536)
            if not chunk:
                return
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        match = re.search(rb"(?im)^content-length:\s*(\d+)", head)
        remaining = min(int(match.group(1)), 65536) - len(body) if match else 0
        while remaining > 0 and time.monotonic() < ends:
            chunk = conn.recv(remaining)
            if not chunk:
                return
            remaining -= len(chunk)
    except OSError:
        pass


def _send_quietly(conn: socket.socket, data: bytes) -> bool:
    try:
        conn.sendall(data)
        return True
    except OSError:
        return False


def _response(status: str, content_type: str, body: bytes) -> bytes:
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode() + body


def slow_drip(conn: socket.socket, stop: threading.Event) -> None:
    """Headers at once, then one byte of a JSON body every 50 ms, for as long as anyone listens."""
    _read_request(conn)
    if not _send_quietly(conn, b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"):
        return
    ends = time.monotonic() + MAX_BEHAVIOUR_SECONDS
    while not stop.is_set() and time.monotonic() < ends:
        if not _send_quietly(conn, b" "):
            return
        time.sleep(0.05)


def slow_headers(conn: socket.socket, stop: threading.Event) -> None:
    """The status line, then headers one byte at a time, never finishing them."""
    _read_request(conn)
    if not _send_quietly(conn, b"HTTP/1.1 200 OK\r\n"):
        return
    ends = time.monotonic() + MAX_BEHAVIOUR_SECONDS
    while not stop.is_set() and time.monotonic() < ends:
        if not _send_quietly(conn, b"X"):
            return
        time.sleep(0.05)


def hang(conn: socket.socket, stop: threading.Event) -> None:
    """Accept the request and never answer."""
    _read_request(conn)
    stop.wait(MAX_BEHAVIOUR_SECONDS)


def endless_body(conn: socket.socket, stop: threading.Event) -> None:
    """A JSON-looking body with no length that never ends (until 64 MiB or the client leaves)."""
    _read_request(conn)
    if not _send_quietly(conn, b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n["):
        return
    chunk = b'"x",' * 16384
    sent = 0
    while not stop.is_set() and sent < 64 * 1024 * 1024:
        if not _send_quietly(conn, chunk):
            return
        sent += len(chunk)


def binary(conn: socket.socket, stop: threading.Event) -> None:
    _read_request(conn)
    _send_quietly(conn, _response("200 OK", "application/octet-stream", os.urandom(4096)))


def garbage(conn: socket.socket, stop: threading.Event) -> None:
    """Random bytes instead of HTTP."""
    _read_request(conn)
    _send_quietly(conn, os.urandom(2048))


def reset(conn: socket.socket, stop: threading.Event) -> None:
    _read_request(conn)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def html(conn: socket.socket, stop: threading.Event) -> None:
    page = b"<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>"
    _read_request(conn)
    _send_quietly(conn, _response("200 OK", "text/html; charset=utf-8", page))


def invalid_utf8(conn: socket.socket, stop: threading.Event) -> None:
    _read_request(conn)
    _send_quietly(conn, _response("200 OK", "application/json", b'{"user": {"email": "\xff\xfe\xfa"}}'))


def deeply_nested(conn: socket.socket, stop: threading.Event) -> None:
    _read_request(conn)
    _send_quietly(conn, _response("200 OK", "application/json", b"[" * 200_000 + b"]" * 200_000))


@functools.cache
def _gzip_bomb_body() -> bytes:
    return gzip.compress(b"\0" * (32 * 1024 * 1024), compresslevel=9)


def gzip_bomb(conn: socket.socket, stop: threading.Event) -> None:
    """A small gzip body that inflates to 32 MiB, sent although the client asked for identity."""
    _read_request(conn)
    body = _gzip_bomb_body()
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode()
    _send_quietly(conn, head + body)


BEHAVIOURS: dict[str, Callable[[socket.socket, threading.Event], None]] = {
    "slow_drip": slow_drip,
    "slow_headers": slow_headers,
    "hang": hang,
    "endless_body": endless_body,
    "binary": binary,
    "garbage": garbage,
    "reset": reset,
    "html": html,
    "invalid_utf8": invalid_utf8,
    "deeply_nested": deeply_nested,
    "gzip_bomb": gzip_bomb,
}


class HostileServer:
    """``with HostileServer("slow_drip") as server: run_suite(server.base_url)``."""

    def __init__(self, behaviour: str) -> None:
        self._behaviour = BEHAVIOURS[behaviour]
        if behaviour == "gzip_bomb":
            _gzip_bomb_body()  # build it before any client waits on it
        self._stop = threading.Event()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self._listener.settimeout(0.1)
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}/api"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                continue
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(2)  # a client that stops reading must not pin this thread
            self._behaviour(conn, self._stop)
        finally:
            try:
                conn.close()
            except OSError:
                pass

    def __enter__(self) -> HostileServer:
        self._acceptor.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._acceptor.join(timeout=2)
        self._listener.close()
        for thread in self._threads:
            thread.join(timeout=2)


def free_port() -> int:
    """A port nobody listens on (bound then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
