# excerpt of aalhour/cookiecutter-aiohttp-sqlalchemy@8a9bb3ec47c6:examples/example_web_app/example_web_app/schemas/__init__.py
from example_web_app.schemas.example import (
    ExampleCreate,
    ExampleResponse,
    ExampleUpdate,
    PaginatedExamplesResponse,
)
