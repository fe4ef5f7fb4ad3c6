# excerpt of https://github.com/iunary/fastapi-template@b41a88ddab55:repositories/__init__.py
