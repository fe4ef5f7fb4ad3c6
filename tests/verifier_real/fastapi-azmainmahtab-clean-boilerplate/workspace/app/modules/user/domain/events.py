# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/user/domain/events.py
from dataclasses import dataclass

from app.modules.user.domain.value_objects import Email, PhoneNumber

class UserRegisteredEvent:
    """Domain Event:
    Fired when a user successfully registers.
    """

    email: Email
    username: str
    phone_number: PhoneNumber
    first_name: str | None
    last_name: str | None

class UserUpdatedEvent:
    """Domain Event: Fired when a user's profile or status changes.

    Published after any user mutation (status update, soft delete, restore,
    permanent delete) so that cross-cutting concerns like cache invalidation,
    audit logging, or webhook delivery can react without coupling modules.
    """

    user_uuid: str
    email: str
