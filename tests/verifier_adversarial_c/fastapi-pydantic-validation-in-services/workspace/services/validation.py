from pydantic import BaseModel, Field, ValidationError

from services.errors import DomainError


class Registration(BaseModel):
    email: str = Field(max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    username: str = Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_-]+$")
    password: str = Field(min_length=8, max_length=72)


def check_registration(email, username, password):
    try:
        return Registration(email=email, username=username, password=password)
    except ValidationError as err:
        first = err.errors()[0]
        raise DomainError(str(first["loc"][0]), first["msg"]) from None
