# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/core/hasher.py
import logging

from argon2 import PasswordHasher

from argon2.exceptions import VerifyMismatchError

def verify_password(plain_password: str, hashed_password: str) -> bool:
    """
    Verifies a plain text password against an Argon2 hash.
    Returns True on match, False on mismatch or error.
    """
    try:
        _ph.verify(hashed_password, plain_password)
        return True
    except VerifyMismatchError:
        return False
    except Exception as e:
        # Log unexpected argon2 errors, but fail safely
        logger.exception("Unexpected error verifying password: %s", e)
        return False
