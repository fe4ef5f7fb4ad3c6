# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/presentation/api/todo/__init__.py
from __future__ import annotations

from . import error_messages, handlers, schemas
