# excerpt of webofmars/realworld-back-python-aiohttp@1c8b7c5a8537:conduit/core/entities/common.py
from enum import Enum, auto

class NotSet(Enum):
    NOT_SET = auto()
