# excerpt of https://github.com/iunary/fastapi-template@b41a88ddab55:core/db/models.py
from sqlalchemy.orm import declarative_base
