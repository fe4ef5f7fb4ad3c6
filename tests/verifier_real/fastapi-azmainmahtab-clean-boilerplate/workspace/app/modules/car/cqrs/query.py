# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/car/cqrs/query.py
from dataclasses import dataclass, field

from app.core.pagination import PaginationParams

class GetCarByUuidQuery:
    uuid: str

class ListCarsByOwnerQuery:
    owner_id: int
    pagination: PaginationParams = field(default_factory=PaginationParams)

class ListCarsQuery:
    pagination: PaginationParams = field(default_factory=PaginationParams)
