# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/db/errors.py
class EntityDoesNotExist(Exception):
    """Raised when entity was not found in database."""
