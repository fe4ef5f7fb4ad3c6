import os
from flask import Flask, jsonify
from sqlalchemy import create_engine, text
import config

engine = create_engine(config.DATABASE_URI, pool_pre_ping=True)
app = Flask(__name__)

with engine.begin() as conn:
    conn.execute(text("CREATE TABLE IF NOT EXISTS users (id SERIAL PRIMARY KEY, username TEXT UNIQUE, email TEXT UNIQUE, password TEXT)"))
    conn.execute(text("CREATE TABLE IF NOT EXISTS tags (id SERIAL PRIMARY KEY, name TEXT UNIQUE)"))

@app.get("/api/tags")
def tags():
    with engine.connect() as conn:
        return jsonify({"tags": [r[0] for r in conn.execute(text("SELECT name FROM tags ORDER BY name"))]})

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 3000)))
