# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/cli/__init__.py
import sys

from pathlib import Path
