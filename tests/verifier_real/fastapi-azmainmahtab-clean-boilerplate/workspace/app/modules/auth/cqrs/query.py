# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/auth/cqrs/query.py
from dataclasses import dataclass

class GetProfileQuery:
    user_uuid: str
