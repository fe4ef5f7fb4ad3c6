# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/owner/cqrs/query.py
from dataclasses import dataclass, field

from app.core.pagination import PaginationParams

class GetOwnerByUuidQuery:
    uuid: str

class GetOwnerByUserIdQuery:
    user_id: int

class ListOwnersQuery:
    pagination: PaginationParams = field(default_factory=PaginationParams)
