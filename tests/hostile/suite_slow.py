"""Healthy at once; every other request takes argv[2] seconds before it answers (argv[3]
'drip': headers at once, then a body dripping forever) - the suite's deadlines must stop it."""

import sys
import time

from hostile import json_response, say, serve

DELAY, MODE = float(sys.argv[2]), sys.argv[3]


def respond(handler):
    if handler.path.endswith("/health-check"):
        json_response(handler, 200, {})
        return
    if MODE == "drip":
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.end_headers()
        try:
            while True:
                handler.wfile.write(b" ")
                handler.wfile.flush()
                time.sleep(DELAY)
        except OSError:
            handler.close_connection = True
        return
    time.sleep(DELAY)
    json_response(handler, 200, {})


say(f"slow suite: {DELAY} s per request ({MODE})")
serve(respond)
