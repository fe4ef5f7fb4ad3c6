# excerpt of microsoft/cookiecutter-python-flask-clean-architecture@97cd0d33fa51:{{cookiecutter.repo_name}}/wsgi.py
import logging

import sys

from src.app import app

if __name__ == "__main__":
    app.run()
