# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/owner/cqrs/command.py
from dataclasses import dataclass

from datetime import date

class CreateOwnerCommand:
    user_id: int
    address: str
    date_of_birth: date | None = None
