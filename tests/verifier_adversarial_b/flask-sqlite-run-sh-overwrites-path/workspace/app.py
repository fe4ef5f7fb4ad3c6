import os
import sqlite3
from flask import Flask, g, jsonify

DB = os.environ["SQLITE_PATH"]
app = Flask(__name__)


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB)
    return g.db


with sqlite3.connect(DB) as c:
    c.execute("CREATE TABLE IF NOT EXISTS tags (article_id INTEGER, name TEXT)")


@app.get("/api/tags")
def tags():
    return jsonify({"tags": [r[0] for r in db().execute("SELECT DISTINCT name FROM tags")]})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 3000)))
