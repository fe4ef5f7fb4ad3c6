"""Pure string helpers shared by services (no I/O, no framework)."""
import re
import unicodedata


def slugify(value: str) -> str:
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "article"


def clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))
