# excerpt of testdrivenio/fastapi-tdd-docker@13cff4273ad9:project/app/models/pydantic.py
from pydantic import AnyHttpUrl, BaseModel

class SummaryPayloadSchema(BaseModel):
    url: AnyHttpUrl

class SummaryResponseSchema(SummaryPayloadSchema):
    id: int

class SummaryUpdatePayloadSchema(SummaryPayloadSchema):
    summary: str
