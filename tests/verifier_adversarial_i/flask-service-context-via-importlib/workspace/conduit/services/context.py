"""Who is asking, for code that has no viewer argument (e.g. serializers)."""

import importlib


def current_viewer_id() -> int | None:
    web = importlib.import_module("flask")
    if not web.has_request_context():
        return None
    user = getattr(web.g, "user", None)
    return user.id if user is not None else None
