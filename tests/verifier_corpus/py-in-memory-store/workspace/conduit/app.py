from flask import Flask

from conduit.repositories.articles import ArticleRepository
from conduit.routes.articles import build_blueprint
from conduit.services.articles import ArticleService

app = Flask(__name__)
app.register_blueprint(build_blueprint(ArticleService(ArticleRepository())))
