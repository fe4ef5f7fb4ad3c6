from flask import Flask, jsonify, request

from db import connect, init_schema

app = Flask(__name__)
init_schema()


@app.get("/api/health-check")
def health():
    return {"status": "ok"}


@app.get("/api/articles")
def list_articles():
    limit = request.args.get("limit", 20, type=int)
    offset = request.args.get("offset", 0, type=int)
    with connect() as conn, conn.cursor() as cur:
        cur.execute("SELECT * FROM articles ORDER BY created_at DESC LIMIT %s OFFSET %s", (limit, offset))
        rows = cur.fetchall()
        cur.execute("SELECT count(*) AS n FROM articles")
        total = cur.fetchone()["n"]
    return jsonify({"articles": rows, "articlesCount": total})
