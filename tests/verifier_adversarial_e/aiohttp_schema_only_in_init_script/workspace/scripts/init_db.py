"""Create the tables. Run once: python scripts/init_db.py"""
import asyncio
from conduit.db import init_models
from conduit import models  # noqa: F401

asyncio.run(init_models())
