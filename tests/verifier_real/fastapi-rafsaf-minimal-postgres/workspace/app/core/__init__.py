# excerpt of rafsaf/minimal-fastapi-postgres-template@5a39f65b1fc3:app/core/__init__.py
