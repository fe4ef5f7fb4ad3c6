from flask import Flask

from conduit.db import db
from conduit.models.entities import Article
from conduit.repositories.articles import ArticleRepository
from conduit.routes.articles import build_blueprint
from conduit.services.articles import ArticleService

db.create_tables([Article])
app = Flask(__name__)
app.register_blueprint(build_blueprint(ArticleService(ArticleRepository())))
