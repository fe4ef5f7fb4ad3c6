# excerpt of adr1enbe4udou1n/fastapi-realworld-example-app@243262143c64:app/schemas/base.py
from datetime import UTC, datetime

from pydantic import BaseModel as PBaseModel

from pydantic import ConfigDict

from pydantic.alias_generators import to_camel

class BaseModel(PBaseModel):
    model_config = ConfigDict(alias_generator=to_lower_camel, populate_by_name=True)
