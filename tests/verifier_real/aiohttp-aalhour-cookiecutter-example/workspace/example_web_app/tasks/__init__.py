# excerpt of aalhour/cookiecutter-aiohttp-sqlalchemy@8a9bb3ec47c6:examples/example_web_app/example_web_app/tasks/__init__.py
from example_web_app.tasks.worker import (
    WorkerSettings,
    create_task_pool,
    enqueue,
    get_task_pool,
)
