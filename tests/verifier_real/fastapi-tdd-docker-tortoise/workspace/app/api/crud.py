# excerpt of testdrivenio/fastapi-tdd-docker@13cff4273ad9:project/app/api/crud.py
from typing import List, Union

from app.models.pydantic import SummaryPayloadSchema

from app.models.tortoise import TextSummary
