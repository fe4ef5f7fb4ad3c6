# excerpt of microsoft/cookiecutter-python-flask-clean-architecture@97cd0d33fa51:{{cookiecutter.repo_name}}/src/infrastructure/models/__init__.py
from .model_extension import SQLModelExtension

from .sql_todo import SQLTodo

__all__ = ['SQLModelExtension', 'SQLTodo']
