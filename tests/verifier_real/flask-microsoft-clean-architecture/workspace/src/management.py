# excerpt of microsoft/cookiecutter-python-flask-clean-architecture@97cd0d33fa51:{{cookiecutter.repo_name}}/src/management.py
import logging

from flask_migrate import Migrate

from src.infrastructure import sqlalchemy_db as db

def setup_management(app):
    migrate.init_app(app, db)

    @app.cli.command("show_db_tables")
    def show_db_tables():
        print(db.engine.table_names())

    @app.cli.command("print_config")
    def print_config():
        print(app.config)

    return app
