# excerpt of rafsaf/minimal-fastapi-postgres-template@5a39f65b1fc3:app/__init__.py
