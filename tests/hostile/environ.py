"""Reads /proc/<pid>/environ and cmdline of every process it can see - itself, its parent and
every ancestor, the harness's pid - and its own environment; says all of it on stdout and
answers every request with it (so a leak would reach the stored log and suite report)."""

import os

from hostile import TARGETS, ancestors, attempt, json_response, read_file, say, serve

seen = {}
pids = sorted({*(int(p) for p in os.listdir("/proc") if p.isdigit()), *ancestors(), TARGETS["harness_pid"], 1})
for pid in pids:
    for what in ("environ", "cmdline"):
        path = f"/proc/{pid}/{what}"
        seen[path] = attempt(f"read {path}", lambda p=path: read_file(p))
say("ancestors", ancestors())
say("own environment", dict(os.environ))
for path, text in seen.items():
    if text:
        say(path, text.replace("\0", "\n"))
say(f"read {len(seen)} files")
serve(lambda handler: json_response(handler, 200, {"environ": seen, "env": dict(os.environ)}))
