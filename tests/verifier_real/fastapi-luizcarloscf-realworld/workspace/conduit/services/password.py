# excerpt of https://github.com/luizcarloscf/fastapi-realworld-example@f2f07e92e5cb:conduit/services/password.py
from passlib.context import CryptContext

PWD_CONTEXT = CryptContext(
    schemes=["bcrypt"],
    deprecated="auto",
)
