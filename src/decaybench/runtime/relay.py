"""Relays that run inside a sandbox, and the harness-side ends they talk to.

Inside a sandbox (standard library only: it runs with ``python -I -S`` from the interpreter's
installation), ``relay.py LISTEN TARGET -- COMMAND`` starts COMMAND and forwards every
connection to LISTEN on to TARGET, each either a unix socket path or a loopback TCP port:

    python relay.py /run/x/http.sock 8123 &  exec bash run.sh  # the harness reaches a server with no network
    python relay.py 3128 /run/decaybench/proxy.sock -- uv ...   # an install reaches the registry proxy

With a command it exits with the command's exit status; without one it relays until the
sandbox ends. A server's relay starts beside ``run.sh`` rather than before it, so it costs the
server's start-up no time.

On the harness side, ``Forwarder`` forwards between a listening address and a target, and
``RegistryProxy`` is an HTTP proxy that lets installs reach the package registries and
nothing else (not the host's loopback, not the internet at large).
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys


async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        try:
            if writer.can_write_eof():
                writer.write_eof()
        except (OSError, RuntimeError):
            pass


async def _open(target: str) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """A connection to a unix socket path, or to a loopback port over IPv4 then IPv6."""
    if not target.isdigit():
        return await asyncio.open_unix_connection(target)
    last: Exception = ConnectionRefusedError("nothing listening")
    for host in ("127.0.0.1", "::1"):
        try:
            return await asyncio.open_connection(host, int(target))
        except OSError as exc:
            last = exc
    raise last


async def _relay(client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter, target: str) -> None:
    try:
        target_reader, target_writer = await _open(target)
    except OSError:
        client_writer.close()  # the other side sees a closed connection: "not listening yet"
        return
    await asyncio.gather(_pump(client_reader, target_writer), _pump(target_reader, client_writer))
    for writer in (target_writer, client_writer):
        writer.close()


async def main(listen: str, target: str, command: list[str]) -> int:
    """Relay until ``command`` exits (its status is ours); without a command, forever."""
    # Listening before the command starts: an install's first request must find the relay.
    if listen.isdigit():
        server = await asyncio.start_server(lambda r, w: _relay(r, w, target), "127.0.0.1", int(listen))
    else:
        server = await asyncio.start_unix_server(lambda r, w: _relay(r, w, target), path=listen)
        os.chmod(listen, 0o666)  # the harness connects as another user
    if not command:
        await asyncio.Event().wait()
    process = await asyncio.create_subprocess_exec(*command)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, process.send_signal, sig)
    code = await process.wait()
    server.close()
    return code if code >= 0 else 128 - code


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) < 2 or (len(args) > 2 and args[2] != "--"):
        sys.stderr.write("usage: relay.py LISTEN TARGET [-- COMMAND...]  (each a unix socket path or a port)\n")
        sys.exit(2)
    sys.exit(asyncio.run(main(args[0], args[1], args[3:])))


class Forwarder:
    """The harness-side twin of the relay: forwards a listening TCP port or unix socket to a
    target (``(host, port)`` or a unix socket path), from a background thread.

    ``Forwarder(("127.0.0.1", 0), "/run/x/http.sock")`` exposes a sandboxed server on a host
    port (for tools that only speak TCP); ``Forwarder("/run/x/pg.sock", ("db.example", 5432))``
    gives a sandbox a socket to a database it could not otherwise reach.
    """

    def __init__(self, listen: str | tuple[str, int], target: str | tuple[str, int]) -> None:
        import threading

        self._listen, self._target = listen, target
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self.address: str | tuple[str, int] | None = None
        self._thread = threading.Thread(target=self._run, name="decaybench-forwarder", daemon=True)
        self._thread.start()
        self._ready.wait(10)

    async def _connect(self):
        if isinstance(self._target, str):
            return await asyncio.open_unix_connection(self._target)
        return await asyncio.open_connection(*self._target)

    async def _handle(self, reader, writer) -> None:
        try:
            target_reader, target_writer = await self._connect()
        except OSError:
            writer.close()
            return
        try:
            await asyncio.gather(_pump(reader, target_writer), _pump(target_reader, writer))
        finally:  # also when the forwarder closes with the connection still open
            for w in (target_writer, writer):
                w.close()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)

        async def start():
            if isinstance(self._listen, str):
                server = await asyncio.start_unix_server(self._handle, path=self._listen)
                os.chmod(self._listen, 0o666)
                self.address = self._listen
            else:
                server = await asyncio.start_server(self._handle, *self._listen)
                self.address = server.sockets[0].getsockname()[:2]
            return server

        self._server = self._loop.run_until_complete(start())
        self._ready.set()
        self._loop.run_forever()
        self._server.close()
        # Connections still open (a client keeping its connection alive) are cancelled and given a moment
        # to close their sockets; nothing waits on a stuck peer, and no task is left pending in a dead loop.
        pending = asyncio.all_tasks(self._loop)
        for task in pending:
            task.cancel()
        if pending:
            self._loop.run_until_complete(asyncio.wait(pending, timeout=1))
        self._loop.close()

    def close(self) -> None:
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    def __enter__(self) -> Forwarder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# Registries an install may reach by default; more come from the index settings in the
# environment (UV_INDEX_URL, PIP_INDEX_URL, npm_config_registry ...) and DECAYBENCH_REGISTRY_HOSTS.
DEFAULT_REGISTRIES = ("pypi.org", "files.pythonhosted.org", "registry.npmjs.org")
INDEX_SETTINGS = (
    "UV_INDEX_URL",
    "UV_DEFAULT_INDEX",
    "UV_EXTRA_INDEX_URL",
    "UV_INDEX",
    "PIP_INDEX_URL",
    "PIP_EXTRA_INDEX_URL",
    "NPM_CONFIG_REGISTRY",
    "npm_config_registry",
)


def registry_hosts() -> set[str]:
    """The hosts installs may reach: the default registries plus every configured index."""
    from urllib.parse import urlsplit

    hosts = set(DEFAULT_REGISTRIES)
    for name in INDEX_SETTINGS:
        for url in os.environ.get(name, "").split():
            host = urlsplit(url.split("=", 1)[-1] if "=" in url.split("://")[0] else url).hostname
            if host:
                hosts.add(host.lower())
    hosts.update(h.strip().lower() for h in os.environ.get("DECAYBENCH_REGISTRY_HOSTS", "").split(",") if h.strip())
    return hosts


class RegistryProxy(Forwarder):
    """An HTTP proxy on a unix socket that lets a sandboxed install reach the package
    registries only: ``CONNECT host:443`` (and plain ``http://`` requests) to an allowed host
    are relayed, through the harness's own upstream proxy when it has one; everything else
    - the host's loopback, other hosts, other ports - gets 403."""

    def __init__(self, socket_path: str, hosts: set[str] | None = None) -> None:
        from urllib.parse import urlsplit

        self.hosts = hosts if hosts is not None else registry_hosts()
        self.refused: list[str] = []  # what was asked for and refused, for the record
        upstream = os.environ.get("HTTPS_PROXY") or os.environ.get("https_proxy")
        parts = urlsplit(upstream) if upstream else None
        self.upstream = (parts.hostname, parts.port or 80) if parts and parts.hostname else None
        super().__init__(socket_path, ("0.0.0.0", 0))  # the target is chosen per request

    async def _handle(self, reader, writer) -> None:
        from urllib.parse import urlsplit

        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 30)
        except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, OSError):
            writer.close()
            return
        request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
        method, _, rest = request_line.partition(" ")
        target = rest.rsplit(" ", 1)[0]
        if method == "CONNECT":
            host, _, port_text = target.rpartition(":")
            port = int(port_text) if port_text.isdigit() else 443
        else:
            parts = urlsplit(target)
            host, port = parts.hostname or "", parts.port or 80
        host = host.strip("[]").lower()
        if host not in self.hosts or port not in (80, 443):
            self.refused.append(f"{method} {target}")
            writer.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            await writer.drain()
            writer.close()
            return
        try:
            if self.upstream is not None:  # chain through the harness's own proxy
                up_reader, up_writer = await asyncio.open_connection(*self.upstream)
                up_writer.write(head)
                await up_writer.drain()
            else:
                up_reader, up_writer = await asyncio.open_connection(host, port)
                if method == "CONNECT":
                    writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
                    await writer.drain()
                else:
                    up_writer.write(head)
                    await up_writer.drain()
        except OSError:
            writer.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            writer.close()
            return
        await asyncio.gather(_pump(reader, up_writer), _pump(up_reader, writer))
        for w in (up_writer, writer):
            w.close()
