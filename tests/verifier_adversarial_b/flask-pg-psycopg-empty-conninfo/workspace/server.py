import os
import psycopg
from psycopg.rows import dict_row
from flask import Flask, g, jsonify

def connect():
    # libpq picks up the PG* environment variables
    return psycopg.connect("", row_factory=dict_row, autocommit=True)

def ensure_schema():
    with connect() as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS users (id SERIAL PRIMARY KEY, username TEXT UNIQUE NOT NULL, email TEXT UNIQUE NOT NULL, password TEXT NOT NULL, bio TEXT, image TEXT)")
        conn.execute("CREATE TABLE IF NOT EXISTS articles (id SERIAL PRIMARY KEY, slug TEXT UNIQUE NOT NULL, title TEXT NOT NULL, description TEXT, body TEXT, author_id INT REFERENCES users(id) ON DELETE CASCADE, created_at TIMESTAMPTZ DEFAULT now(), updated_at TIMESTAMPTZ DEFAULT now())")
        conn.execute("CREATE TABLE IF NOT EXISTS comments (id SERIAL PRIMARY KEY, article_id INT REFERENCES articles(id) ON DELETE CASCADE, author_id INT REFERENCES users(id), body TEXT, created_at TIMESTAMPTZ DEFAULT now())")

app = Flask(__name__)

def db():
    if "conn" not in g:
        g.conn = connect()
    return g.conn

@app.teardown_appcontext
def close(_e):
    conn = g.pop("conn", None)
    if conn:
        conn.close()

@app.get("/api/articles/<slug>/comments")
def comments(slug):
    rows = db().execute("SELECT c.id, c.body FROM comments c JOIN articles a ON a.id = c.article_id WHERE a.slug = %s", (slug,)).fetchall()
    return jsonify({"comments": rows})

if __name__ == "__main__":
    ensure_schema()
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 3000)))
