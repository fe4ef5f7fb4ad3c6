# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/usecase/__init__.py
from __future__ import annotations

from . import todo
