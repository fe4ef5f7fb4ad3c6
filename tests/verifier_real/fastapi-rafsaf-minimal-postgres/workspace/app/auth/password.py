# excerpt of rafsaf/minimal-fastapi-postgres-template@5a39f65b1fc3:app/auth/password.py
import bcrypt

from app.core.config import get_settings
