from flask import Flask
from . import db, api


def create_app():
    app = Flask(__name__)
    app.config.from_mapping(DATABASE=db.path_from_url())
    db.init_app(app)
    app.register_blueprint(api.bp)
    return app
