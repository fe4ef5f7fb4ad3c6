import os
from psycopg_pool import ConnectionPool

# same defaults as docker-compose.yml
CONNINFO = {
    "host": "localhost",
    "port": 5432,
    "user": os.environ.get("PGUSER", "conduit"),
    "password": os.environ.get("PGPASSWORD", "conduit"),
    "dbname": os.environ.get("PGDATABASE", "conduit"),
}

pool = ConnectionPool(kwargs=CONNINFO, min_size=1, max_size=5, open=False)

def migrate():
    with pool.connection() as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS users (id SERIAL PRIMARY KEY, username TEXT UNIQUE NOT NULL, email TEXT UNIQUE NOT NULL, password TEXT NOT NULL, bio TEXT, image TEXT)")
        conn.execute("CREATE TABLE IF NOT EXISTS articles (id SERIAL PRIMARY KEY, slug TEXT UNIQUE NOT NULL, title TEXT NOT NULL, description TEXT, body TEXT, author_id INT REFERENCES users(id) ON DELETE CASCADE, created_at TIMESTAMPTZ DEFAULT now(), updated_at TIMESTAMPTZ DEFAULT now())")
