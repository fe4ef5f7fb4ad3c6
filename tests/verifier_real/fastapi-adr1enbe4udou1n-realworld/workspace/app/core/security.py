# excerpt of adr1enbe4udou1n/fastapi-realworld-example-app@243262143c64:app/core/security.py
from datetime import UTC, datetime, timedelta

from typing import Any

import bcrypt

from jose import jwt

from app.core.config import settings
