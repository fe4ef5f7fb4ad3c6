# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/user/cqrs/command.py
from dataclasses import dataclass

class RegisterUserCommand:
    email: str
    password: str
    password2: str
    username: str
    phone_number: str
    first_name: str | None = None
    last_name: str | None = None

class UpdateUserStatusCommand:
    uuid: str
    new_status: str

class DeleteUserCommand:
    uuid: str

class PruneUserCommand:
    uuid: str

class RestoreUserByUuidCommand:
    uuid: str
