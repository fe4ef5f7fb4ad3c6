# excerpt of aio-libs/aiohttp-demos@5362c18e9612:demos/polls/aiohttpdemo_polls/__main__.py
import sys

from aiohttpdemo_polls.main import main
