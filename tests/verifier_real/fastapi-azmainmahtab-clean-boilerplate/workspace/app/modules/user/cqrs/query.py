# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/user/cqrs/query.py
from dataclasses import dataclass, field

from app.core.pagination import PaginationParams

class GetUserByUuidQuery:
    uuid: str

class GetUserByUsernameQuery:
    username: str

class GetUserByEmailQuery:
    email: str

class ListUsersQuery:
    status: str | None = None
    include_deleted: bool = False
    pagination: PaginationParams = field(default_factory=PaginationParams)
