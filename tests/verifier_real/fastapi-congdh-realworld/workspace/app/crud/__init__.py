# excerpt of https://github.com/congdh/fastapi-realworld@42c8630aedf5:app/crud/__init__.py
from .crud_user import user
