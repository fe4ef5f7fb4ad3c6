"""A scripted OpenAI-compatible chat server on loopback, for testing agents without any network.

It is a real HTTP server (``ThreadingHTTPServer`` in a thread, on a free port) that answers
``POST /v1/chat/completions`` with the next scripted turn and records every request body,
so tests can check what the agent actually sent (restated checklists, verifier feedback,
cache markers). Turns:

* ``bash("cmd", ...)``  an assistant message with one bash tool call per command
* ``submit()``          the tool call mini-swe-agent treats as "done"
* ``say("text")``       a plain text answer without a tool call (a format error for the agent)
* ``fail(500)``         an HTTP error response (429, 500, 503, 404 ...), for retry tests
* ``hang(seconds)``     answer only after a delay, for timeout tests

Usage is reported the way OpenAI does (``prompt_tokens_details.cached_tokens``); cached tokens
are emulated like a provider's prefix cache: a ``cache_control`` marker stores the prompt prefix
ending at it, and a later request that starts with a stored prefix reads those tokens from cache.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

SUBMIT_COMMAND = "echo COMPLETE_TASK_AND_SUBMIT_FINAL_OUTPUT"


@dataclass
class Turn:
    commands: list[str] = field(default_factory=list)
    text: str = ""
    status: int = 200
    delay_s: float = 0.0
    error_message: str = ""


def bash(*commands: str, text: str = "Running a command.") -> Turn:
    return Turn(commands=list(commands), text=text)


def submit() -> Turn:
    return Turn(commands=[SUBMIT_COMMAND], text="I am done.")


def say(text: str) -> Turn:
    return Turn(text=text)


def fail(status: int, message: str = "scripted provider error") -> Turn:
    return Turn(status=status, error_message=message)


def hang(seconds: float) -> Turn:
    return Turn(commands=["true"], delay_s=seconds)


def recreate(source) -> str:
    """A shell command that recreates the folder ``source`` in the current directory. An agent's
    commands run sandboxed and cannot read the host's files, so the files travel in the command."""
    import base64
    import io
    import tarfile

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        archive.add(source, arcname=".")
    blob = base64.b64encode(buffer.getvalue()).decode()
    return f"echo {blob} | base64 -d | tar xzf - && ls"


def _approx_tokens(value: Any) -> int:
    return max(1, len(json.dumps(value)) // 4)


def _is_marked(message: dict) -> bool:
    content = message.get("content")
    return "cache_control" in message or (
        isinstance(content, list) and any(isinstance(part, dict) and "cache_control" in part for part in content)
    )


def _unmarked(message: dict) -> str:
    """A message without its cache markers, as a comparable string."""
    content = message.get("content")
    if isinstance(content, list):
        content = "".join(part.get("text", "") for part in content if isinstance(part, dict))
    rest = {k: v for k, v in message.items() if k not in ("content", "cache_control")}
    return json.dumps([rest, content], sort_keys=True)


class FakeLLM:
    """Start with ``with FakeLLM([turns]) as llm:``; ``llm.base_url`` is the ``/v1`` address."""

    def __init__(self, turns: list[Turn], *, model_ids: tuple[str, ...] = ("scripted",), port: int = 0) -> None:
        self.turns = list(turns)
        self.model_ids = model_ids
        self.requests: list[dict] = []  # chat completion bodies, in arrival order
        self.headers: list[dict[str, str]] = []
        self._lock = threading.Lock()
        self._cached_prefixes: set[str] = set()
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def remaining(self) -> int:
        return len(self.turns)

    def __enter__(self) -> FakeLLM:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    # --- what the tests inspect -------------------------------------------------------
    def user_texts(self, request_index: int = -1) -> list[str]:
        """Texts of the user/tool/system messages of one recorded request."""
        texts = []
        for message in self.requests[request_index]["messages"]:
            content = message.get("content")
            if isinstance(content, list):
                content = "".join(part.get("text", "") for part in content if isinstance(part, dict))
            texts.append(content or "")
        return texts

    # --- serving -------------------------------------------------------------------------
    def _next_turn(self, body: dict) -> Turn:
        with self._lock:
            self.requests.append(body)
            if not self.turns:
                return fail(500, "the scripted conversation is over")
            return self.turns.pop(0)

    def _usage(self, body: dict, completion: Turn) -> dict:
        # Like a provider's prompt cache: each marker stores the prefix ending there; a later
        # request reads the longest stored prefix it starts with.
        messages = body.get("messages", [])
        keys = [_unmarked(m) for m in messages]
        cached = 0
        with self._lock:
            for end in range(len(keys), 0, -1):
                if "\n".join(keys[:end]) in self._cached_prefixes:
                    cached = _approx_tokens(messages[:end])
                    break
            for end, message in enumerate(messages, start=1):
                if _is_marked(message):
                    self._cached_prefixes.add("\n".join(keys[:end]))
        prompt_tokens = _approx_tokens(messages)
        completion_tokens = _approx_tokens([completion.text, completion.commands])
        return {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
            "prompt_tokens_details": {"cached_tokens": min(cached, prompt_tokens)},
        }

    def _completion(self, body: dict, turn: Turn, number: int) -> dict:
        message: dict[str, Any] = {"role": "assistant", "content": turn.text}
        if turn.commands:
            message["tool_calls"] = [
                {
                    "id": f"call_{number}_{index}",
                    "type": "function",
                    "function": {"name": "bash", "arguments": json.dumps({"command": command})},
                }
                for index, command in enumerate(turn.commands)
            ]
        return {
            "id": f"chatcmpl-scripted-{number}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "scripted"),
            "choices": [
                {
                    "index": 0,
                    "message": message,
                    "finish_reason": "tool_calls" if turn.commands else "stop",
                }
            ],
            "usage": self._usage(body, turn),
        }

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def _send(self, status: int, payload: dict) -> None:
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    # The client gave up (a timeout test) before the scripted answer: not an
                    # error, and a traceback on stderr would leak into later tests' output.
                    self.close_connection = True

            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/models"):
                    self._send(200, {"object": "list", "data": [{"id": m, "object": "model"} for m in fake.model_ids]})
                else:
                    self._send(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(404, {"error": {"message": f"unknown path {self.path}"}})
                    return
                with fake._lock:
                    fake.headers.append({k.lower(): v for k, v in self.headers.items()})
                requested = str(body.get("model", ""))
                if requested not in fake.model_ids:
                    with fake._lock:
                        fake.requests.append(body)
                    self._send(
                        404,
                        {
                            "error": {
                                "message": f"The model `{requested}` does not exist",
                                "type": "invalid_request_error",
                                "code": "model_not_found",
                            }
                        },
                    )
                    return
                turn = fake._next_turn(body)
                if turn.delay_s:
                    time.sleep(turn.delay_s)
                if turn.status != 200:
                    self._send(
                        turn.status,
                        {"error": {"message": turn.error_message, "type": "server_error", "code": str(turn.status)}},
                    )
                    return
                self._send(200, fake._completion(body, turn, len(fake.requests)))

        return Handler
