"""The health-check answers 200 and a body that never ends: argv[2] 'drip' sends a byte every
50 ms, 'fast' streams as fast as it can. Every other request gets {}."""

import sys
import time

from hostile import json_response, say, serve

MODE = sys.argv[2]


def respond(handler):
    if not handler.path.endswith("/health-check"):
        json_response(handler, 200, {})
        return
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.end_headers()  # no length, not chunked: the body ends when the connection does
    handler.wfile.write(b'{"status": "ok", "padding": "')
    try:
        while True:
            if MODE == "drip":
                handler.wfile.write(b"x")
                handler.wfile.flush()
                time.sleep(0.05)
            else:
                handler.wfile.write(b"x" * 65536)
    except OSError:
        handler.close_connection = True


say(f"health-check body never ends ({MODE})")
serve(respond)
