from conduit.models.tag import clean

_TAGS: set[str] = set()


def add_all(tags):
    _TAGS.update(clean(t) for t in tags)


def list_all():
    return sorted(_TAGS)
