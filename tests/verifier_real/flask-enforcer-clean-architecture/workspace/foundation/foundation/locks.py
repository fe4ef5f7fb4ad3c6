# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/foundation/foundation/locks.py
from types import TracebackType

from typing import Callable, Optional, Type

from typing_extensions import Literal, Protocol

class AlreadyLocked(Exception):
    pass

class Lock(Protocol):
    def __enter__(self) -> None:
        ...

    def __exit__(
        self, exc_type: Optional[Type[BaseException]], exc_val: Optional[BaseException], exc_tb: Optional[TracebackType]
    ) -> Literal[False]:
        ...
