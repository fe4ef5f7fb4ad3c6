"""Runs inside a server's sandbox: starts the server and relays a unix socket to its port.

The server under test has no network but its own loopback, so the harness cannot reach its
port; it talks to the unix socket this relay listens on (in the run directory, which both
sides see) and every connection is forwarded to the server's loopback port, IPv4 or IPv6.
The relay exits with the server's exit status, so a server that dies is seen as dead.

Standard library only: it runs with ``python -I -S`` from the interpreter's installation.

    python relay.py SOCKET PORT -- bash run.sh
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


async def _open_server(port: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    last: Exception = ConnectionRefusedError("nothing listening")
    for host in ("127.0.0.1", "::1"):
        try:
            return await asyncio.open_connection(host, port)
        except OSError as exc:
            last = exc
    raise last


async def _relay(client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter, port: int) -> None:
    try:
        server_reader, server_writer = await _open_server(port)
    except OSError:
        client_writer.close()  # the harness sees a closed connection: "not listening yet"
        return
    await asyncio.gather(_pump(client_reader, server_writer), _pump(server_reader, client_writer))
    for writer in (server_writer, client_writer):
        writer.close()


async def main(socket_path: str, port: int, command: list[str]) -> int:
    process = await asyncio.create_subprocess_exec(*command)
    server = await asyncio.start_unix_server(lambda r, w: _relay(r, w, port), path=socket_path)
    os.chmod(socket_path, 0o666)  # the harness connects as another user
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, process.send_signal, sig)
    code = await process.wait()
    server.close()
    return code if code >= 0 else 128 - code


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) < 4 or args[2] != "--":
        sys.stderr.write("usage: relay.py SOCKET PORT -- COMMAND...\n")
        sys.exit(2)
    sys.exit(asyncio.run(main(args[0], int(args[1]), args[3:])))


class Forwarder:
    """The harness-side twin of the relay: forwards a listening TCP port or unix socket to a
    target (``(host, port)`` or a unix socket path), from a background thread.

    ``Forwarder(("127.0.0.1", 0), "/run/x/http.sock")`` exposes a sandboxed server on a host
    port (for tools that only speak TCP); ``Forwarder("/run/x/pg.sock", ("db.example", 5432))``
    gives a sandbox a socket to a database it could not otherwise reach.
    """

    def __init__(self, listen: "str | tuple[str, int]", target: "str | tuple[str, int]") -> None:
        import threading

        self._listen, self._target = listen, target
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self.address: "str | tuple[str, int] | None" = None
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
        await asyncio.gather(_pump(reader, target_writer), _pump(target_reader, writer))
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
        self._server.close()  # open connections end with the loop; nothing waits on a stuck peer

    def close(self) -> None:
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    def __enter__(self) -> "Forwarder":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
