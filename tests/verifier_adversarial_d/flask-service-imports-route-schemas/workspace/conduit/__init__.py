from flask import Flask


def create_app():
    from conduit.routes.articles import bp
    app = Flask(__name__)
    app.register_blueprint(bp)
    return app
