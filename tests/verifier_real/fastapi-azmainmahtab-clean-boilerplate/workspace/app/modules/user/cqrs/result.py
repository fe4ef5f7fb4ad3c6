# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/user/cqrs/result.py
from dataclasses import dataclass

from app.core.pagination import Page

from app.modules.user.domain.entities import User

class RegisterUserResult:
    user: User

class UserActionResult:
    user: User

class ListUsersResult:
    page: Page[User]
