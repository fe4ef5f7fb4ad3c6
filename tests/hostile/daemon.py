"""A daemon: double fork, a session of its own, termination signals ignored, stdio closed,
working directory '/'; it keeps writing to host paths for as long as it lives. The server
answers everything, so the run goes on while the daemon runs (run.sh starts another one)."""

import os
import signal
import sys
import time

from hostile import MARKER, TARGETS, _write, say, serve


def loop():
    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT, signal.SIGPIPE):
        signal.signal(sig, signal.SIG_IGN)
    while True:
        for path in TARGETS["write"]:
            try:
                _write(path, "daemon heartbeat\n")
            except OSError:
                pass
        time.sleep(0.1)


def daemonize():
    if os.fork():
        return
    os.setsid()
    if os.fork():
        os._exit(0)
    os.chdir("/")
    null = os.open("/dev/null", os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.execv(sys.executable, [sys.executable, os.path.abspath(__file__), MARKER, "loop"])


if __name__ == "__main__":
    if sys.argv[2:] == ["loop"]:
        loop()
    daemonize()
    say("daemon started")
    serve()
