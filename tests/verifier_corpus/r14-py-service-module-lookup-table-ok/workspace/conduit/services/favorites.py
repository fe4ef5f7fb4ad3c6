LABELS = {}


def label(count: int) -> str:
    return LABELS.get(count, str(count))
