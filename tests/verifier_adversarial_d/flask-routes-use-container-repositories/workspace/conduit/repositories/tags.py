from conduit.models.tag import Tag


class TagRepository:
    def __init__(self):
        self._tags: dict[str, Tag] = {}

    def ensure(self, names):
        return [self._tags.setdefault(n, Tag(n)) for n in names]

    def all(self):
        return sorted(self._tags.values(), key=lambda t: t.name)
