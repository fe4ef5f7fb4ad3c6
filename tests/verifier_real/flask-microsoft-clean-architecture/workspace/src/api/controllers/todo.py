# excerpt of microsoft/cookiecutter-python-flask-clean-architecture@97cd0d33fa51:{{cookiecutter.repo_name}}/src/api/controllers/todo.py
import logging

from dependency_injector.wiring import inject, Provide

from flask import Blueprint, request

from src.api.middleware import post_data_required

from src.api.responses import create_response

from src.api.schemas import TodoSchema

from src.dependency_container import DependencyContainer
