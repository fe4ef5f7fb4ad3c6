# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/otp/cqrs/command.py
from dataclasses import dataclass

from app.modules.otp.domain.value_objects import OtpType

class GenerateOtpCommand:
    user_uuid: str
    otp_type: OtpType

class ValidateOtpCommand:
    user_uuid: str
    otp_type: OtpType
    code: str
