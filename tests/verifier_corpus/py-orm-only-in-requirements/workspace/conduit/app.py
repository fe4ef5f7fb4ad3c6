import sqlite3, os
from flask import Flask

from conduit.repositories.articles import ArticleRepository
from conduit.routes.articles import build_blueprint
from conduit.services.articles import ArticleService

sqlite3.connect(os.environ['SQLITE_PATH']).executescript('CREATE TABLE IF NOT EXISTS articles (slug TEXT PRIMARY KEY, body TEXT)')
app = Flask(__name__)
app.register_blueprint(build_blueprint(ArticleService(ArticleRepository())))
