# excerpt of aio-libs/aiohttp-demos@5362c18e9612:demos/polls/setup.py
import os

import re

from setuptools import find_packages, setup

def read_version():
    regexp = re.compile(r"^__version__\W*=\W*'([\d.abrc]+)'")
    init_py = os.path.join(os.path.dirname(__file__),
                           'aiohttpdemo_polls', '__init__.py')
    with open(init_py) as f:
        for line in f:
            match = regexp.match(line)
            if match is not None:
                return match.group(1)
        msg = 'Cannot find version in aiohttpdemo_polls/__init__.py'
        raise RuntimeError(msg)
