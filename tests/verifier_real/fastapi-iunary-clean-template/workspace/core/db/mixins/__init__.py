# excerpt of https://github.com/iunary/fastapi-template@b41a88ddab55:core/db/mixins/__init__.py
from .timestamp import TimestampMixin
