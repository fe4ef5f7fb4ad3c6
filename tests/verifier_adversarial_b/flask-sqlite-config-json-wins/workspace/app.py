import os
import sqlite3
from flask import Flask, g, jsonify
from settings import SETTINGS

app = Flask(__name__)

def db():
    if "conn" not in g:
        g.conn = sqlite3.connect(SETTINGS["db_path"])
        g.conn.row_factory = sqlite3.Row
    return g.conn

with sqlite3.connect(SETTINGS["db_path"]) as conn:
    conn.executescript(open(os.path.join(os.path.dirname(__file__), "schema.sql")).read())

@app.get("/api/tags")
def tags():
    return jsonify({"tags": [r[0] for r in db().execute("SELECT DISTINCT name FROM tags")]})

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 3000)))
