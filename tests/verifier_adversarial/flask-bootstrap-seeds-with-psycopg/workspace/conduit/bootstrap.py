"""Creates the schema and seeds the demo tags the front page shows."""
import os

import psycopg

from conduit.db import engine
from conduit.models import Base

DEMO_TAGS = ("welcome", "realworld", "conduit")


def main() -> None:
    Base.metadata.create_all(engine)
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO tags (name) VALUES (%s) ON CONFLICT (name) DO NOTHING", [(t,) for t in DEMO_TAGS])


if __name__ == "__main__":
    main()
