# excerpt of aalhour/cookiecutter-aiohttp-sqlalchemy@8a9bb3ec47c6:examples/example_web_app/example_web_app/models/base.py
"""
Base Models module

This module re-exports the Base class from the database module for convenience.
"""

from example_web_app.core.database import Base
