# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/services/security.py
import bcrypt

from passlib.context import CryptContext

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")
