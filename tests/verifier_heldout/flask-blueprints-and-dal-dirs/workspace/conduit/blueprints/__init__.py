from flask import Flask

from .articles import bp as articles_bp


def register_routes(app: Flask) -> None:
    app.register_blueprint(articles_bp, url_prefix="/api")

    @app.get("/api/health-check")
    def health():
        return {"status": "ok"}
