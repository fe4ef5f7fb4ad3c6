from flask import Flask, g

from .articles import bp as articles_bp


def register_routes(app: Flask) -> None:
    app.register_blueprint(articles_bp, url_prefix="/api")

    @app.teardown_request
    def _close_session(exc=None):
        services = g.pop("services", None)
        if services is not None:
            services.session.close()

    @app.get("/api/health-check")
    def health():
        return {"status": "ok"}
