"""Flask application factory and entry point."""
from __future__ import annotations

from flask import Flask, g, jsonify, request

from app.db import init_db
from app.middleware.ratelimit import login_limiter
from app.services import articles, security, users
from app.services.errors import AppError, Unauthorized
from app.settings import settings


def create_app() -> Flask:
    app = Flask(__name__)

    @app.errorhandler(AppError)
    def on_app_error(error: AppError):
        return jsonify({"errors": error.errors}), error.status

    @app.before_request
    def authenticate():
        g.user_id = None
        header = request.headers.get("Authorization", "")
        if header.startswith("Token "):
            g.user_id = security.read_token(header[6:])

    def require_user() -> int:
        if g.user_id is None:
            raise Unauthorized("body", "authentication required")
        return g.user_id

    def payload(key: str) -> dict:
        body = request.get_json(silent=True)
        if not isinstance(body, dict) or not isinstance(body.get(key), dict):
            from app.services.errors import Invalid
            raise Invalid("body", f"{key} is required")
        return body[key]

    @app.post("/api/users")
    def register():
        return jsonify({"user": users.register(payload("user"))}), 201

    @app.post("/api/users/login")
    def login():
        wait = login_limiter.check(request.remote_addr or "?")
        if wait:
            response = jsonify({"errors": {"body": ["too many login attempts"]}})
            response.headers["Retry-After"] = str(wait)
            return response, 429
        return jsonify({"user": users.login(payload("user"))})

    @app.get("/api/user")
    def me():
        return jsonify({"user": users.current(require_user())})

    @app.get("/api/profiles/<username>")
    def profile(username):
        return jsonify({"profile": users.profile(username, g.user_id)})

    @app.get("/api/articles")
    def list_articles():
        args = request.args
        return jsonify(articles.listing(g.user_id, tag=args.get("tag"), author=args.get("author"),
                                        favorited=args.get("favorited"), limit=int(args.get("limit", 20)),
                                        offset=int(args.get("offset", 0))))

    @app.post("/api/articles")
    def create_article():
        return jsonify({"article": articles.create(require_user(), payload("article"))}), 201

    @app.get("/api/articles/<slug>")
    def get_article(slug):
        return jsonify({"article": articles.get(slug, g.user_id)})

    @app.delete("/api/articles/<slug>")
    def delete_article(slug):
        articles.delete(slug, require_user())
        return jsonify({})

    @app.get("/api/tags")
    def tags():
        return jsonify(articles.tags())

    with app.app_context():
        init_db()

    return app


if __name__ == "__main__":
    from waitress import serve

    serve(create_app(), host="0.0.0.0", port=settings.port, threads=8)
