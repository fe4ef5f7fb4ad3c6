# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/owner/cqrs/result.py
from dataclasses import dataclass

from app.core.pagination import Page

from app.modules.owner.domain.entities import Owner

class OwnerActionResult:
    owner: Owner

class ListOwnersResult:
    page: Page[Owner]
