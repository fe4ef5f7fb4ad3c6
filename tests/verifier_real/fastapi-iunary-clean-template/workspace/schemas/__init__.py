# excerpt of https://github.com/iunary/fastapi-template@b41a88ddab55:schemas/__init__.py
