import os
from flask import Flask

from conduit.db import db
from conduit.repositories.articles import ArticleRepository
from conduit.routes.articles import build_blueprint
from conduit.services.articles import ArticleService

app = Flask(__name__)
app.config['SQLALCHEMY_DATABASE_URI'] = os.environ['DATABASE_URL']
db.init_app(app)
with app.app_context():
    db.create_all()
app.register_blueprint(build_blueprint(ArticleService(ArticleRepository())))
