"""Checks that a profile image URL points at something that answers like an image."""

from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import urlparse

from conduit.services.errors import ValidationFailed


class ImageUrlChecker:
    def __init__(self, timeout_seconds: float = 3.0, enabled: bool = True) -> None:
        self._timeout = timeout_seconds
        self._enabled = enabled

    def check(self, url: str) -> None:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ValidationFailed("must be an http(s) URL", field="image")
        if not self._enabled:
            return
        probe = urllib.request.Request(url, method="HEAD", headers={"User-Agent": "conduit-image-check"})
        try:
            with urllib.request.urlopen(probe, timeout=self._timeout) as answer:
                content_type = answer.headers.get("Content-Type", "")
        except (urllib.error.URLError, TimeoutError, ValueError):
            return  # unreachable hosts are tolerated; only a wrong content type is rejected
        if content_type and not content_type.startswith("image/"):
            raise ValidationFailed("does not point to an image", field="image")
