# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/foundation/foundation/method_dispatch.py
import functools

from typing import Any, Callable
