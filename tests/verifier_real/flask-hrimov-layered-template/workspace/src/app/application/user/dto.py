# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/application/user/dto.py
from dataclasses import dataclass

from typing import TypeAlias

from app.application.common.dto import DTO

class UserCreate(DTO):
    username: str
    first_name: str
    last_name: str

class User(DTO):
    id: int
    username: str
    first_name: str
    last_name: str
