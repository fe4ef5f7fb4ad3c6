# excerpt of https://github.com/webofmars/realworld-flask@2a429d250cdb:realworld/api/routes/v1/users/models.py
import typing as typ

from realworld.api.core.models import BaseCamelModel

class LoginUserData(BaseCamelModel):
    email: str
    password: str

class LoginUserRequest(BaseCamelModel):
    user: LoginUserData

class RegisterUserData(BaseCamelModel):
    username: str
    email: str
    password: str

class RegisterUserRequest(BaseCamelModel):
    user: RegisterUserData

class UpdateUserData(BaseCamelModel):
    email: str
    bio: typ.Optional[str] = None
    image: typ.Optional[str] = None

class UpdateUserRequest(BaseCamelModel):
    user: UpdateUserData

class UserData(BaseCamelModel):
    email: str
    username: str
    bio: typ.Optional[str] = None
    image: typ.Optional[str] = None

class UserDataResponse(BaseCamelModel):
    user: UserData

class AuthUser(BaseCamelModel):
    email: str
    token: str
    username: str
    bio: typ.Optional[str] = None
    image: typ.Optional[str] = None

class AuthUserResponse(BaseCamelModel):
    user: AuthUser
