"""Default avatars: a Gravatar URL derived from the e-mail, computed off the event loop."""
from __future__ import annotations

import hashlib

import anyio


def gravatar_url(email: str, size: int = 200) -> str:
    digest = hashlib.md5(email.strip().lower().encode(), usedforsecurity=False).hexdigest()
    return f"https://www.gravatar.com/avatar/{digest}?s={size}&d=identicon"


async def default_image(email: str) -> str:
    return await anyio.to_thread.run_sync(gravatar_url, email)
