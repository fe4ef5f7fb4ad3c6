# excerpt of https://github.com/rhoboro/async-fastapi-sqlalchemy@6c08827241e9:app/models/__init__.py
from .base import Base

from .notebooks import Notebook

from .notes import Note

from .schema import NotebookSchema, NoteSchema
