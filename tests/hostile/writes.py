"""Writes outside the run directory: host /tmp and /dev/shm, the harness's HOME, the install
cache, the results directory, the agent's workspace, the logs, the system directories -
at start and again every half second while it serves."""

from hostile import TARGETS, in_background, say, serve, write_everywhere

write_everywhere()
say(f"attempted {len(TARGETS['write'])} writes")
in_background(lambda: write_everywhere("again"), every=0.5)
serve()
