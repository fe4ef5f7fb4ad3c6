# excerpt of https://github.com/nyu-devops/lab-flask-sqlalchemy@16b07bd9443a:app/__init__.py
from flask import Flask

from flask_sqlalchemy import SQLAlchemy

from flask_migrate import Migrate

import psycopg2

with app.app_context():
    app.config.from_object('config')
    app.logger.debug('Database URI {}'.format(app.config['SQLALCHEMY_DATABASE_URI']))

db = SQLAlchemy(app)

migrate = Migrate(app, db)

from app import server, models
