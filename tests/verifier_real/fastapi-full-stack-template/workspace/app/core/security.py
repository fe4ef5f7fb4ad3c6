# excerpt of fastapi/full-stack-fastapi-template@68adb40d3742:backend/app/core/security.py
from datetime import UTC, datetime, timedelta

from typing import Any

import jwt

from pwdlib import PasswordHash

from pwdlib.hashers.argon2 import Argon2Hasher

from pwdlib.hashers.bcrypt import BcryptHasher

from app.core.config import settings
