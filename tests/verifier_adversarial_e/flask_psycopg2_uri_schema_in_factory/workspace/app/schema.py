STATEMENTS = [
    """CREATE TABLE IF NOT EXISTS users (
        id SERIAL PRIMARY KEY, email VARCHAR(255) UNIQUE NOT NULL, username VARCHAR(64) UNIQUE NOT NULL,
        password VARCHAR(255) NOT NULL, bio TEXT DEFAULT '', image TEXT)""",
    """CREATE TABLE IF NOT EXISTS tags (id SERIAL PRIMARY KEY, name VARCHAR(64) UNIQUE NOT NULL)""",
]


def ensure_schema(pool):
    conn = pool.getconn()
    try:
        with conn, conn.cursor() as cur:
            for stmt in STATEMENTS:
                cur.execute(stmt)
    finally:
        pool.putconn(conn)
