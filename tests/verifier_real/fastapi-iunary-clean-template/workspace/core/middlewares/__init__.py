# excerpt of https://github.com/iunary/fastapi-template@b41a88ddab55:core/middlewares/__init__.py
