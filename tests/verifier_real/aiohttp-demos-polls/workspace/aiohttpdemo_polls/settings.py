# excerpt of aio-libs/aiohttp-demos@5362c18e9612:demos/polls/aiohttpdemo_polls/settings.py
import argparse

import pathlib

from trafaret_config import commandline

from aiohttpdemo_polls.utils import TRAFARET
