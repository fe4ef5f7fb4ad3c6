# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/otp/domain/value_objects.py
from dataclasses import dataclass

from enum import StrEnum

class OtpType(StrEnum):
    LOGIN = "login-otp"
    PASSWORD_RESET = "password-reset-otp"
    EMAIL_VERIFY = "email-verify-otp"
    PHONE_VERIFY = "phone-verify-otp"

class OtpCode:
    value: str

    def __post_init__(self) -> None:
        if not self.value.isdigit() or len(self.value) < 4 or len(self.value) > 8:
            raise ValueError("OTP code must be a numeric string between 4 and 8 digits.")
