# excerpt of https://github.com/iunary/fastapi-template@b41a88ddab55:models/__init__.py
from .user import User
