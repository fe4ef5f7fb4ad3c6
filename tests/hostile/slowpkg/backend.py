"""An in-tree build backend that misbehaves instead of building: it leaves a process carrying
the run's marker, connects to host sockets and writes to host paths (what targets.json names),
then sleeps until the install deadline stops it."""

import subprocess

from hostile import MARKER, connect_everywhere, write_everywhere


def _hang():
    subprocess.Popen(["setsid", "bash", "-c", f"exec -a {MARKER}-build sleep 3600"])
    connect_everywhere("build")
    write_everywhere("build")
    subprocess.run(["sleep", "3600"])


def get_requires_for_build_wheel(config_settings=None):
    _hang()
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    _hang()
