from flask import Flask


def create_app():
    from .routes.articles import bp

    app = Flask(__name__)
    app.register_blueprint(bp, url_prefix="/api/articles")
    return app
