from conduit.repositories.health import database_ready


def status() -> dict:
    return {"status": "ok" if database_ready() else "degraded"}
