from flask import abort


def not_found(what: str):
    abort(404, description=f"{what} not found")


def page_size(limit: int | None) -> int:
    return min(limit or 20, 100)
