# excerpt of https://github.com/panjidwisatrio/fastapi-clean-architecture@56af206e3225:app/core/utils.py
from passlib.context import CryptContext

from datetime import datetime, timezone

import json

import os

pwd_context = CryptContext(schemes=["sha256_crypt"], deprecated="auto")
