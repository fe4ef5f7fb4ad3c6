# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/usecases/interfaces/services/security/token.py
from abc import ABC, abstractmethod

from datetime import timedelta

from domain import entities

class TokenService(ABC):
    @staticmethod
    @abstractmethod
    def create_access_token(
        user_id: entities.Id,
        expires_delta: timedelta,
        secret: str,
    ) -> entities.auth.AccessToken:
        pass

    @staticmethod
    @abstractmethod
    def read_access_token(token: entities.auth.AccessToken, secret: str) -> entities.Id:
        pass
