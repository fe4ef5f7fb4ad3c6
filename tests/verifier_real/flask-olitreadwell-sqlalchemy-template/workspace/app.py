# excerpt of https://github.com/olitreadwell/flask-sqlalchemy-postgres-api-template@fe767a493981:server/app.py
import os

from extensions import db

from flask import Flask, g

from flask_migrate import Migrate

from routes.main_routes import main_routes

from routes.product_routes import product_routes

from routes.user_routes import user_routes

app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///app.db"

app.config["SQLALCHEMY_TRACK_MODIFICATIONS"] = False

app.json.compact = False

migrate = Migrate(app, db)

db.init_app(app)

app.register_blueprint(main_routes)

app.register_blueprint(user_routes)

app.register_blueprint(product_routes)

if __name__ == "__main__":
    app.run(port=5555, debug=True)
