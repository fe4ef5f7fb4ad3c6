# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/models/domain/users.py
from typing import Optional

from app.models.common import DateTimeModelMixin, IDModelMixin

from app.models.domain.rwmodel import RWModel

from app.services import security

class User(RWModel):
    username: str
    email: str
    bio: str = ""
    image: Optional[str] = None

class UserInDB(IDModelMixin, DateTimeModelMixin, User):
    salt: str = ""
    hashed_password: str = ""

    def check_password(self, password: str) -> bool:
        return security.verify_password(self.salt + password, self.hashed_password)

    def change_password(self, password: str) -> None:
        self.salt = security.generate_salt()
        self.hashed_password = security.get_password_hash(self.salt + password)
