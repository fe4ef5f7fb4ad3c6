import asyncio

from conduit.db import init_models

asyncio.run(init_models())
