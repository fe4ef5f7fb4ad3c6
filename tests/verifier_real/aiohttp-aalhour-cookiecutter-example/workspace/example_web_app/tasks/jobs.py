# excerpt of aalhour/cookiecutter-aiohttp-sqlalchemy@8a9bb3ec47c6:examples/example_web_app/example_web_app/tasks/jobs.py
import asyncio

from typing import Any

from example_web_app.core.logger import get_logger

async def example_task(ctx: dict, name: str, data: dict | None = None) -> dict[str, Any]:
    """
    Example background task.

    Args:
        ctx: arq context (contains redis connection)
        name: Task name for logging
        data: Optional data to process

    Returns:
        Result dictionary
    """
    _logger.info("example_task_started", name=name, data=data)

    # Simulate some work
    await asyncio.sleep(1)

    result = {
        "name": name,
        "processed": True,
        "data": data,
    }

    _logger.info("example_task_completed", name=name)
    return result
