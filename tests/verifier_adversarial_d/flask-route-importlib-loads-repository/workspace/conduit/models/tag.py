TAG_MAX = 32


def clean(tag: str) -> str:
    return tag.strip()[:TAG_MAX]
