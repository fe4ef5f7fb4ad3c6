from flask import Flask

from conduit.routes.articles import articles_bp


def register_blueprints(app: Flask) -> None:
    app.register_blueprint(articles_bp, url_prefix="/api")
