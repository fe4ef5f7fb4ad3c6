import os


def database_url() -> str:
    url = os.getenv("DATABASE_URL", "sqlite:///./conduit.db")
    # Some environments hand us four slashes; SQLAlchemy docs use three.
    if url.startswith("sqlite:////"):
        url = url.replace("sqlite:////", "sqlite:///", 1)
    return url
