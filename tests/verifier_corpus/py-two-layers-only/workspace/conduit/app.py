from flask import Flask

from conduit.db import engine
from conduit.models.entities import Base
from conduit.routes.articles import bp

Base.metadata.create_all(engine)
app = Flask(__name__)
app.register_blueprint(bp)
