# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/seedwork/application/utils.py
from seedwork.application.commands import CommandResult

from seedwork.application.events import EventResult
