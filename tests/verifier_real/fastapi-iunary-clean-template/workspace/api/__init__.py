# excerpt of https://github.com/iunary/fastapi-template@b41a88ddab55:api/__init__.py
