# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/api/__init__.py
import sys

from pathlib import Path
