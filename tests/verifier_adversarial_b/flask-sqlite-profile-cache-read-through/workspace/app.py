import os
import sqlite3
from cachetools import TTLCache
from flask import Flask, g, jsonify

DB_PATH = os.environ["SQLITE_PATH"]
app = Flask(__name__)
_profiles = TTLCache(maxsize=1024, ttl=30)

def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db

def bootstrap():
    with sqlite3.connect(DB_PATH) as conn:
        conn.executescript("""
        CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT UNIQUE, email TEXT UNIQUE, password TEXT, bio TEXT, image TEXT);
        CREATE TABLE IF NOT EXISTS follows (follower INTEGER, followee INTEGER, UNIQUE(follower, followee));
        """)

def load_profile(username):
    if username in _profiles:
        return _profiles[username]
    row = db().execute("SELECT id, username, bio, image FROM users WHERE username = ?", (username,)).fetchone()
    if row:
        _profiles[username] = dict(row)
    return _profiles.get(username)

@app.post("/api/profiles/<username>/follow")
def follow(username):
    target = load_profile(username)
    db().execute("INSERT OR IGNORE INTO follows VALUES (?, ?)", (g.user_id, target["id"]))
    db().commit()
    _profiles.pop(username, None)
    return jsonify({"profile": {**target, "following": True}})

bootstrap()

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 3000)))
