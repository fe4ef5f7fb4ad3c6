"""Answers the health-check, then floods stdout without end from the suite's first request on."""

import os
import threading

from hostile import json_response, say, serve

flooding = threading.Event()
chunk = b"flood after listening " * 3000 + b"\n"


def flood():
    while True:
        os.write(1, chunk)


def respond(handler):
    if not handler.path.endswith("/health-check") and not flooding.is_set():
        flooding.set()
        say("flooding stdout now")
        threading.Thread(target=flood, daemon=True).start()
    json_response(handler, 200, {})


serve(respond)
