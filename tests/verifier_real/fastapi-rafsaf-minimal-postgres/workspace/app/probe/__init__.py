# excerpt of rafsaf/minimal-fastapi-postgres-template@5a39f65b1fc3:app/probe/__init__.py
