from flask import Flask
from conduit.db import Base, Session, engine

def create_app() -> Flask:
    app = Flask(__name__)
    Base.metadata.create_all(engine)

    from conduit.api import api  # imported late to avoid circular imports
    app.register_blueprint(api, url_prefix="/api")

    @app.teardown_appcontext
    def remove_session(_exc=None):
        Session.remove()

    return app
