import psycopg
from fastapi import FastAPI
import settings

app = FastAPI()


@app.on_event("startup")
def schema():
    with psycopg.connect(settings.DSN, autocommit=True) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS users (id SERIAL PRIMARY KEY, username TEXT UNIQUE, email TEXT UNIQUE, password TEXT)")


@app.get("/api/profiles/{username}")
def profile(username: str):
    with psycopg.connect(settings.DSN) as conn:
        row = conn.execute("SELECT username FROM users WHERE username = %s", (username,)).fetchone()
    return {"profile": {"username": row[0], "following": False}} if row else {"errors": {"profile": ["not found"]}}
