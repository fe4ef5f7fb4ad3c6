import os
from flask import Flask
from psycopg2.pool import ThreadedConnectionPool
from .schema import ensure_schema
from .routes import bp


def create_app():
    app = Flask(__name__)
    pool = ThreadedConnectionPool(1, 10, dsn=os.environ["DATABASE_URL"])
    ensure_schema(pool)
    app.extensions["pg"] = pool
    app.register_blueprint(bp)
    return app
