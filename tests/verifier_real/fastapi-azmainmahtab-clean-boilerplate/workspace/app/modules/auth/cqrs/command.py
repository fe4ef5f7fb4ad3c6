# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/auth/cqrs/command.py
from dataclasses import dataclass

class LoginCommand:
    email: str
    password: str

class RefreshTokenCommand:
    refresh_token: str

class LogoutCommand:
    refresh_token: str
    access_token: str = ""

class SendActivationOtpCommand:
    user_uuid: str

class ActivateAccountCommand:
    user_uuid: str
    code: str
