# excerpt of https://github.com/rhoboro/async-fastapi-sqlalchemy@6c08827241e9:app/__init__.py
