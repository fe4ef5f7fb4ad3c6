from flask import Flask

from conduit.db import engine
from conduit.models.base import Base


def create_app() -> Flask:
    app = Flask(__name__)
    Base.metadata.create_all(engine)
    from conduit.routes.articles import blueprint  # late, to dodge a circular import

    app.register_blueprint(blueprint)
    return app


app = create_app()
