# excerpt of https://github.com/iunary/fastapi-template@b41a88ddab55:services/__init__.py
