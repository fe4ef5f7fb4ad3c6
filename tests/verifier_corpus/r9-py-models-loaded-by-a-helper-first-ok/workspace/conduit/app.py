from flask import Flask

from conduit.db import engine
from conduit.models.base import Base


def create_app() -> Flask:
    app = Flask(__name__)
    load_models()
    Base.metadata.create_all(engine)
    from conduit.routes.articles import blueprint  # late, to dodge a circular import

    app.register_blueprint(blueprint)
    return app


def load_models() -> None:
    import conduit.models.entities  # noqa: F401


app = create_app()
