# excerpt of https://github.com/iunary/fastapi-template@b41a88ddab55:core/__init__.py
from .settings import settings
