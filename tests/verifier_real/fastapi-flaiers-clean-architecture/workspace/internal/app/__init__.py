# excerpt of https://github.com/Flaiers/fastapi-clean-architecture@1e5a2ccc080c:internal/app/__init__.py
from .admin import create_app as admin_app

from .app import create_app as backend_app
