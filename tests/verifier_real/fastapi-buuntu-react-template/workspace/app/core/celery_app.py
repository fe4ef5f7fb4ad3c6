# excerpt of https://github.com/Buuntu/fastapi-react@af17f2d422d0:{{cookiecutter.project_slug}}/backend/app/core/celery_app.py
from celery import Celery

celery_app.conf.task_routes = {"app.tasks.*": "main-queue"}
