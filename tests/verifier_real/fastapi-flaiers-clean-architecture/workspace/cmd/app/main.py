# excerpt of https://github.com/Flaiers/fastapi-clean-architecture@1e5a2ccc080c:cmd/app/main.py
import sys

from pathlib import Path

from internal.app import backend_app  # noqa: E402
