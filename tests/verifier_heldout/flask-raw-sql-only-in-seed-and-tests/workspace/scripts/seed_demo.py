"""Fill a local database with demo content: python scripts/seed_demo.py (not used by the server)."""
import os

import psycopg

ROWS = [
    ("welcome-to-conduit", "Welcome to Conduit", "A first post", "Hello!"),
    ("how-to-train-your-dragon", "How to train your dragon", "Ever wonder how?", "Very carefully."),
]

with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
    author_id = conn.execute(
        "INSERT INTO users (email, username, password_hash, bio) VALUES (%s, %s, %s, '') RETURNING id",
        ("demo@example.com", "demo", "x"),
    ).fetchone()[0]
    for slug, title, description, body in ROWS:
        conn.execute(
            "INSERT INTO articles (slug, title, description, body, author_id, created_at, updated_at)"
            " VALUES (%s, %s, %s, %s, %s, now(), now())",
            (slug, title, description, body, author_id),
        )
