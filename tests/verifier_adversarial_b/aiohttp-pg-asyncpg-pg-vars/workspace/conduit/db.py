import os
import asyncpg

DDL = [
    "CREATE TABLE IF NOT EXISTS users (id SERIAL PRIMARY KEY, username TEXT UNIQUE NOT NULL, email TEXT UNIQUE NOT NULL, password TEXT NOT NULL, bio TEXT, image TEXT)",
    "CREATE TABLE IF NOT EXISTS articles (id SERIAL PRIMARY KEY, slug TEXT UNIQUE NOT NULL, title TEXT NOT NULL, description TEXT, body TEXT, author_id INT REFERENCES users(id) ON DELETE CASCADE, created_at TIMESTAMPTZ DEFAULT now(), updated_at TIMESTAMPTZ DEFAULT now())",
    "CREATE TABLE IF NOT EXISTS follows (follower_id INT REFERENCES users(id), followee_id INT REFERENCES users(id), PRIMARY KEY (follower_id, followee_id))",
]

async def pg_context(app):
    app["pg"] = await asyncpg.create_pool(
        host=os.getenv("PGHOST", "localhost"),
        port=int(os.getenv("PGPORT", "5432")),
        user=os.getenv("PGUSER", "postgres"),
        password=os.getenv("PGPASSWORD"),
        database=os.getenv("PGDATABASE", "conduit"),
        command_timeout=10,
    )
    async with app["pg"].acquire() as conn:
        async with conn.transaction():
            for stmt in DDL:
                await conn.execute(stmt)
    yield
    await app["pg"].close()
