# excerpt of microsoft/cookiecutter-python-flask-clean-architecture@97cd0d33fa51:{{cookiecutter.repo_name}}/src/infrastructure/databases/__init__.py
from .sql_alchemy import sqlalchemy_db, setup_sqlalchemy
