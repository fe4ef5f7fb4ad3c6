# excerpt of https://github.com/congdh/fastapi-realworld@42c8630aedf5:app/models/__init__.py
from .users import User  # type: ignore
