# excerpt of microsoft/cookiecutter-python-flask-clean-architecture@97cd0d33fa51:{{cookiecutter.repo_name}}/src/infrastructure/databases/sql_alchemy.py
from flask_sqlalchemy import SQLAlchemy

from src.domain import SQLALCHEMY_DATABASE_URI, OperationalException

class SQLAlchemyAdapter:

    def __init__(self, app):

        if app.config[SQLALCHEMY_DATABASE_URI] is not None:
            sqlalchemy_db.init_app(app)
        elif not app.config["TESTING"]:
            raise OperationalException(
                "SQLALCHEMY_DATABASE_URI not set in config, please make sure" +
                "SQLALCHEMY_DATABASE_URI is set in the config file or in the" +
                "environment variables"
            )

def setup_sqlalchemy(app, throw_exception_if_not_set=True):

    try:
        SQLAlchemyAdapter(app)
    except OperationalException as e:
        if throw_exception_if_not_set:
            raise e

    return app
