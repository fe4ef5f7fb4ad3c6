# excerpt of https://github.com/iunary/fastapi-template@b41a88ddab55:core/db/__init__.py
from core.db.database import session

def get_database():
    db = session()  # pylint: disable=invalid-name
    try:
        yield db
    finally:
        db.close()
