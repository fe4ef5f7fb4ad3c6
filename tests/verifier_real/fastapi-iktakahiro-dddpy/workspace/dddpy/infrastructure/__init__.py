# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/infrastructure/__init__.py
from __future__ import annotations

from . import di, sqlite

__all__ = ('di', 'sqlite')
