# excerpt of microsoft/cookiecutter-python-flask-clean-architecture@97cd0d33fa51:{{cookiecutter.repo_name}}/src/infrastructure/__init__.py
from .databases import sqlalchemy_db, setup_sqlalchemy

from .repositories import Repository, SQLTodoRepository

__all__ = [
    "setup_sqlalchemy",
    "sqlalchemy_db",
    "Repository",
    "SQLTodoRepository",
]
