"""The workspace holds symlinks to host files and directories (made by the test). The server
reads through each, writes through each, makes new ones to host paths at run time, and
answers every request with what it read."""

import os

from hostile import TARGETS, _write, attempt, json_response, read_file, say, serve

seen = {}
for name in TARGETS["links"]:
    say(f"{name} -> {os.readlink(name)}")
    seen[name] = attempt(f"read through {name}", lambda n=name: read_file(n) if not os.path.isdir(n) else os.listdir(n))
    if seen[name]:
        say(f"{name} holds {seen[name]!r}")
    target = os.path.join(name, "hostile-was-here") if os.path.isdir(name) else name
    attempt(f"write through {name}", lambda t=target: _write(t, "written through a symlink\n"))
for index, host_path in enumerate(TARGETS["host_files"]):
    link = f"made-at-run-time-{index}.txt"
    attempt(f"link {link} -> {host_path}", lambda l=link, h=host_path: os.symlink(h, l))
say(f"tried {len(TARGETS['links'])} symlinks")
serve(lambda handler: json_response(handler, 200, {"seen": seen}))
