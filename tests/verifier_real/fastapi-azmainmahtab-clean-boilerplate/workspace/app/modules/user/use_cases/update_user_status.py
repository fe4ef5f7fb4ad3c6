# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/user/use_cases/update_user_status.py
from app.core.event_bus import IEventBus

from app.modules.user.cqrs.command import UpdateUserStatusCommand

from app.modules.user.cqrs.result import UserActionResult

from app.modules.user.domain.entities import UserStatus

from app.modules.user.domain.events import UserUpdatedEvent

from app.modules.user.domain.exception import CannotUpdateToInactiveError, UserNotFoundError

from app.modules.user.domain.interfaces import IUserRepository

class UpdateUserStatusUseCase:
    def __init__(self, user_repo: IUserRepository, event_bus: IEventBus):
        self.user_repo = user_repo
        self._event_bus = event_bus

    async def execute(self, command: UpdateUserStatusCommand) -> UserActionResult:
        user = await self.user_repo.get_by_uuid(command.uuid)
        if not user:
            raise UserNotFoundError(f"User with uuid {command.uuid} not found.")

        new_status = UserStatus(command.new_status)

        if new_status == UserStatus.INACTIVE:
            raise CannotUpdateToInactiveError("Cannot manually set status to inactive. Use DELETE endpoint instead.")

        user.update_status(new_status)
        updated_user = await self.user_repo.update(user)
        await self._event_bus.publish(
            UserUpdatedEvent(user_uuid=str(updated_user.uuid), email=updated_user.email.value)
        )
        return UserActionResult(user=updated_user)
