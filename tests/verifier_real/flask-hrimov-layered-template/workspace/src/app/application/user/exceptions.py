# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/application/user/exceptions.py
from dataclasses import dataclass

from app.application.common.exceptions import GatewayException, ValidationException

class UserGatewayException(GatewayException):
    pass

class UserValidationException(ValidationException):
    pass

class UsernameAlreadyExists(UserGatewayException):
    username: str

    @property
    def title(self) -> str:
        return f'A user with username "{self.username}" already exists'

class UserIdAlreadyExists(UserGatewayException):
    user_id: int

    @property
    def title(self) -> str:
        return f'A user with id {self.user_id} already exists'

class UserIdNotExists(UserGatewayException):
    user_id: int

    @property
    def title(self) -> str:
        return f'A user with id {self.user_id} doesn\'t exist'

class UsernameNotExists(UserGatewayException):
    username: str

    @property
    def title(self) -> str:
        return f'A user with username "{self.username}" doesn\'t exist'
