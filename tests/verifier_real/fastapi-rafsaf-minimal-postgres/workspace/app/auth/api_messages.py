# excerpt of rafsaf/minimal-fastapi-postgres-template@5a39f65b1fc3:app/auth/api_messages.py
from typing import Any
