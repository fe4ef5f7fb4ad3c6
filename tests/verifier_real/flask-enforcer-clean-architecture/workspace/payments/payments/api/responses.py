# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/payments/payments/api/responses.py
from dataclasses import dataclass, fields

class Response:
    @classmethod
    def from_dict(cls, data: dict) -> "Response":
        cls_fields = fields(cls)
        matching_data = {field.name: data[field.name] for field in cls_fields}
        return cls(**matching_data)  # type: ignore

class ChargeResponse(Response):
    id: str

class CaptureResponse(Response):
    pass
