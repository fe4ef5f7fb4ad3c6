from flask import Flask, jsonify
from conduit import storage

def build_app() -> Flask:
    app = Flask(__name__)
    storage.migrate()

    @app.get("/api/tags")
    def tags():
        rows = storage.connection().execute("SELECT DISTINCT tag FROM article_tags").fetchall()
        return jsonify({"tags": [r["tag"] for r in rows]})

    return app
