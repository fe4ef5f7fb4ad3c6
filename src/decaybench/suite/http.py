"""A hardened HTTP client for talking to untrusted servers.

Every request gets one total deadline (connect + send + headers + body), enforced at the socket
level, so a server that drips one byte every few seconds cannot stretch a request past it. Bodies
are streamed and capped. Nothing a server sends can raise out of ``HardenedClient.send``.
"""

from __future__ import annotations

import json
import sys
import time
import typing
import zlib
from dataclasses import dataclass, field

import httpcore


def _import_httpx_without_its_cli() -> None:
    """Import httpx without ``httpx._main``, its command-line client, which ``import httpx`` loads
    whenever click is installed (it is, for other packages): click, pygments and most of rich,
    about a third of ``decaybench suite``'s start-up, for a program decaybench never runs.
    Afterwards ``httpx._main`` can be imported as usual."""
    if "httpx" in sys.modules or "httpx._main" in sys.modules:
        return
    sys.modules["httpx._main"] = None  # type: ignore[assignment]  # import of it fails: httpx falls back
    try:
        import httpx  # noqa: F401
    finally:
        if sys.modules.get("httpx._main", ...) is None:
            del sys.modules["httpx._main"]


_import_httpx_without_its_cli()

import httpx  # noqa: E402

from decaybench.contract import NOT_JSON  # noqa: E402

MAX_BODY_BYTES = 1024 * 1024


class _DeadlineExceeded(httpcore.ReadTimeout):
    pass


class _Deadline:
    """The deadline of the request in flight (one client serves one request at a time)."""

    def __init__(self) -> None:
        self.at: float | None = None

    def clip(self, timeout: float | None) -> float | None:
        if self.at is None:
            return timeout
        remaining = self.at - time.monotonic()
        if remaining <= 0:
            raise _DeadlineExceeded("request deadline exceeded")
        return remaining if timeout is None else min(timeout, remaining)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, deadline: _Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._deadline.clip(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._deadline.clip(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: typing.Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, self._deadline.clip(timeout))
        return _DeadlineStream(inner, self._deadline)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, deadline: _Deadline) -> None:
        self._inner = httpcore.SyncBackend()
        self._deadline = deadline

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, self._deadline.clip(timeout), local_address, socket_options)
        return _DeadlineStream(stream, self._deadline)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(path, self._deadline.clip(timeout), socket_options)
        return _DeadlineStream(stream, self._deadline)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _DeadlineTransport(httpx.HTTPTransport):
    def __init__(self, deadline: _Deadline, uds: str | None = None) -> None:
        # verify=False only spares loading CA certificates for a pool that is replaced right away.
        super().__init__(verify=False)
        # httpx builds its pool without a way to pass a network backend; swap it for one that has ours.
        # ssl_context=None: httpcore builds a verifying default context only if https is used.
        self._pool = httpcore.ConnectionPool(
            ssl_context=None,
            max_connections=4,
            network_backend=_DeadlineBackend(deadline),
            uds=uds,
        )


@dataclass
class Exchange:
    """What came back for one request: a status and JSON body, or an error, or both."""

    status: int | None = None
    body: typing.Any = NOT_JSON  # parsed JSON, or NOT_JSON
    body_problem: str | None = None  # why the body is NOT_JSON (empty, HTML, invalid UTF-8...)
    error: str | None = None  # transport failure: refused, reset, timeout, oversized body
    duration_s: float = 0.0
    timed_out: bool = False
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names

    @property
    def failed(self) -> bool:
        return self.error is not None


def _decoder_for(content_encoding: str) -> typing.Any:
    """A zlib decompressor for gzip/deflate bodies (servers may compress despite identity)."""
    encoding = content_encoding.strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        return zlib.decompressobj(wbits=47)  # 32 + 15: gzip or zlib header, detected
    return None


def _describe_non_json(raw: bytes, content_type: str) -> str:
    if not raw:
        return "empty body"
    kind = content_type.split(";")[0].strip() or "no content type"
    return f"body is not JSON ({kind}, {len(raw)} bytes, starts {raw[:40]!r})"


def _parse(raw: bytes, content_type: str) -> tuple[typing.Any, str | None]:
    if not raw.strip():
        return NOT_JSON, _describe_non_json(b"", content_type)
    try:
        return json.loads(raw), None
    # RecursionError for absurdly nested arrays; ValueError covers bad UTF-8 and bad JSON.
    except (ValueError, RecursionError):
        return NOT_JSON, _describe_non_json(raw, content_type)


class HardenedClient:
    """``uds``: reach the server through this unix socket (a sandboxed server's relay); the
    base URL then only supplies the path and Host header."""

    def __init__(self, base_url: str, timeout: float, *, uds: str | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._deadline = _Deadline()
        self._client = httpx.Client(
            transport=_DeadlineTransport(self._deadline, uds),
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
            headers={"Accept": "application/json", "Accept-Encoding": "identity"},
        )

    def close(self) -> None:
        try:
            self._client.close()
        except Exception:  # closing a half-broken connection must not mask the results
            pass

    def __enter__(self) -> HardenedClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def send(
        self,
        method: str,
        path: str,
        *,
        token: str | None = None,
        json_body: typing.Any = None,
        authorization: str | None = None,
    ) -> Exchange:
        """``authorization``: send this header as it is (malformed-header tests) instead of ``Token <token>``."""
        headers = (
            {"Authorization": authorization} if authorization else {"Authorization": f"Token {token}"} if token else {}
        )
        started = time.monotonic()
        self._deadline.at = started + self.timeout
        exchange = Exchange()
        try:
            with self._client.stream(
                method,
                self.base_url + path,
                headers=headers,
                json=json_body,
            ) as response:
                exchange.status = response.status_code
                exchange.headers = {name.lower(): value for name, value in response.headers.items()}
                chunks: list[bytes] = []
                size = 0
                decoder = _decoder_for(response.headers.get("content-encoding", ""))
                for raw_chunk in response.iter_raw():
                    # Decode ourselves with an output bound: a tiny gzip body may inflate to gigabytes.
                    chunk = decoder.decompress(raw_chunk, MAX_BODY_BYTES + 1 - size) if decoder else raw_chunk
                    size += len(chunk)
                    if size > MAX_BODY_BYTES:
                        exchange.error = f"body larger than {MAX_BODY_BYTES} bytes"
                        break
                    chunks.append(chunk)
                    self._deadline.clip(None)  # a fast endless stream must stop too
                if exchange.error is None:
                    raw = b"".join(chunks)
                    content_type = response.headers.get("content-type", "")
                    exchange.body, exchange.body_problem = _parse(raw, content_type)
        except (httpx.TimeoutException, httpcore.TimeoutException):
            exchange.error = f"no complete response within {self.timeout:g} s"
            exchange.timed_out = True
        except zlib.error as exc:
            exchange.error = f"undecodable compressed body: {exc}"
        except httpx.ConnectError as exc:
            exchange.error = f"connection failed: {exc or 'refused'}"
        except httpx.HTTPError as exc:
            exchange.error = f"{type(exc).__name__}: {exc}"[:300]
        except Exception as exc:  # a hostile server must never crash the suite
            exchange.error = f"unexpected {type(exc).__name__}: {exc}"[:300]
        finally:
            self._deadline.at = None
        exchange.duration_s = time.monotonic() - started
        if exchange.error is not None:
            exchange.body = NOT_JSON
        return exchange
