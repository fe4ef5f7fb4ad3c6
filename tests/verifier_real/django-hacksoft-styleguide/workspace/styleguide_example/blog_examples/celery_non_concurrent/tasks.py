# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/blog_examples/celery_non_concurrent/tasks.py
from functools import wraps

import structlog

from celery import shared_task

from styleguide_example.tasks import celery_app

inspect = celery_app.control.inspect

def test_non_concurrent_task():
    log = logger.bind()

    log.info("non_concurrent_task", message="A non-concurrent task is running")
    import time

    time.sleep(10)
    log.info("non_concurrent_task", message="A non-concurrent task finished")
