# excerpt of https://github.com/luizcarloscf/fastapi-realworld-example@f2f07e92e5cb:conduit/services/auth.py
from datetime import datetime, timedelta, timezone

from jose import jwt
