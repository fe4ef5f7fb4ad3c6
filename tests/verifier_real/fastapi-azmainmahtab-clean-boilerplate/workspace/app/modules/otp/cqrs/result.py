# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/otp/cqrs/result.py
from dataclasses import dataclass

from datetime import datetime

class GenerateOtpResult:
    otp_uuid: str
    expires_at: datetime
    code: str = ""

class ValidateOtpResult:
    success: bool = True
    otp_uuid: str = ""
