import os
import sqlite3
from pathlib import Path
from urllib.parse import urlparse
from flask import Flask, g, jsonify


def sqlite_file(url: str) -> str:
    parsed = urlparse(url)
    if parsed.scheme != "sqlite":
        raise SystemExit(f"unsupported database: {parsed.scheme}")
    return parsed.path.lstrip("/") or "conduit.db"


DB_FILE = sqlite_file(os.environ.get("DATABASE_URL", "sqlite:///conduit.db"))
Path(DB_FILE).parent.mkdir(parents=True, exist_ok=True)
app = Flask(__name__)


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_FILE)
    return g.db


with sqlite3.connect(DB_FILE) as conn:
    conn.execute("CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT UNIQUE, email TEXT UNIQUE, password TEXT)")


@app.get("/api/profiles/<username>")
def profile(username):
    row = db().execute("SELECT username FROM users WHERE username = ?", (username,)).fetchone()
    return (jsonify({"profile": {"username": row[0], "following": False}}), 200) if row else (jsonify({"errors": {"profile": ["not found"]}}), 404)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 3000)))
