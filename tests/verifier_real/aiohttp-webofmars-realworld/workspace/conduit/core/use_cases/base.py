# excerpt of webofmars/realworld-back-python-aiohttp@1c8b7c5a8537:conduit/core/use_cases/base.py
import abc

import typing as t

class UseCase(t.Protocol[T, R]):
    @abc.abstractmethod
    async def execute(self, input: T, /) -> R:
        raise NotImplementedError()
