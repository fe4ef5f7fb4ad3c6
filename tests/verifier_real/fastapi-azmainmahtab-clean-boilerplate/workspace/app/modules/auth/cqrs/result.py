# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/auth/cqrs/result.py
from dataclasses import dataclass

from app.modules.user.domain.entities import User

class LoginResult:
    access_token: str
    refresh_token: str
    token_type: str = "bearer"

class RefreshTokenResult:
    access_token: str
    refresh_token: str
    token_type: str = "bearer"

class LogoutResult:
    message: str = "Logged out successfully."

class UserProfileResult:
    user: User

class SendActivationOtpResult:
    message: str = "Activation OTP sent to your email."

class ActivateAccountResult:
    message: str = "Account activated successfully."
