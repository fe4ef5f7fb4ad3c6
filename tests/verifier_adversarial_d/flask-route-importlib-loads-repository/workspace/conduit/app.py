from flask import Flask
from conduit.routes.lookups import lookups


def create_app():
    app = Flask(__name__)
    app.register_blueprint(lookups, url_prefix="/api")
    return app
