# excerpt of aalhour/cookiecutter-aiohttp-sqlalchemy@8a9bb3ec47c6:examples/example_web_app/example_web_app/scripts/init_db.py
"""
Database initialization script for populating the database with sample data.

This script demonstrates how to:
- Initialize the database connection
- Create sample records using the async ORM
- Can be run via: python -m example_web_app.scripts.init_db
"""

import asyncio

from decimal import Decimal

from example_web_app.core.database import db, transactional_session

from example_web_app.core.logger import get_logger

from example_web_app.models.example import Example

async def seed_data() -> None:
    """Insert sample data into the database."""
    async with transactional_session() as session:
        for item_data in SAMPLE_EXAMPLES:
            example = await Example.create(
                session=session,
                name=item_data["name"],
                description=item_data["description"],
                price=float(item_data["price"]),
                is_active=item_data["is_active"],
            )
            _logger.info(
                "created_sample_example",
                example_id=example.id,
                name=example.name
            )

    _logger.info("seed_complete", count=len(SAMPLE_EXAMPLES))

async def async_init_db() -> None:
    """Async initialization of database with sample data."""
    _logger.info("init_db_start")

    # Initialize the database
    db.initialize()

    try:
        # Check if data already exists
        async with transactional_session() as session:
            existing = await Example.get_all(session)
            if existing:
                _logger.info(
                    "init_db_skip",
                    reason="Data already exists",
                    count=len(existing)
                )
                return

        # Seed the data
        await seed_data()
        _logger.info("init_db_complete")

    finally:
        await db.cleanup()
