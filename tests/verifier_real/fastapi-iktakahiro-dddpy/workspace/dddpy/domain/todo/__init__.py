# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/domain/todo/__init__.py
from __future__ import annotations

from . import entities, exceptions, repositories, value_objects
