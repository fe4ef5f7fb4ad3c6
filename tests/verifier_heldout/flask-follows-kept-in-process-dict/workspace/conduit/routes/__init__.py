from flask import Flask

from .articles import bp as articles_bp
from .profiles import bp as profiles_bp


def register_routes(app: Flask) -> None:
    app.register_blueprint(articles_bp, url_prefix="/api")
    app.register_blueprint(profiles_bp, url_prefix="/api")

    @app.get("/api/health-check")
    def health():
        return {"status": "ok"}
