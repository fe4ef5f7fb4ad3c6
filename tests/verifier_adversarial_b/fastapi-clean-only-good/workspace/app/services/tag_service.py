from typing import Protocol
from app.models.tag import Tag


class TagStore(Protocol):
    def all(self) -> list[Tag]: ...


class TagService:
    def __init__(self, store: TagStore):
        self.store = store

    def names(self) -> list[str]:
        return [t.name for t in self.store.all()]
