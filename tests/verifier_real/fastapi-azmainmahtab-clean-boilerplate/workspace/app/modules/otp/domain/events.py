# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/otp/domain/events.py
from dataclasses import dataclass

from app.modules.otp.domain.value_objects import OtpType

class OtpGeneratedEvent:
    """Domain Event: Fired when an OTP has been generated for a user."""

    user_uuid: str
    otp_type: OtpType
    otp_uuid: str

class OtpValidatedEvent:
    """Domain Event: Fired when an OTP has been successfully validated."""

    user_uuid: str
    otp_type: OtpType
    otp_uuid: str
