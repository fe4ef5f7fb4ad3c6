# excerpt of microsoft/cookiecutter-python-flask-clean-architecture@97cd0d33fa51:{{cookiecutter.repo_name}}/src/services/__init__.py
from .repository_service import RepositoryService

from .todo_service import TodoService

__all__ = ["RepositoryService", "TodoService"]
