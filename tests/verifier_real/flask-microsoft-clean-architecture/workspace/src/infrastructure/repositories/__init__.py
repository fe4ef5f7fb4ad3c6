# excerpt of microsoft/cookiecutter-python-flask-clean-architecture@97cd0d33fa51:{{cookiecutter.repo_name}}/src/infrastructure/repositories/__init__.py
from .repository import Repository

from .todo_repository import SQLTodoRepository

__all__ = ["Repository", "SQLTodoRepository"]
