# excerpt of https://github.com/Flaiers/fastapi-clean-architecture@1e5a2ccc080c:cmd/admin/main.py
import sys

from pathlib import Path

from internal.app import admin_app  # noqa: E402
