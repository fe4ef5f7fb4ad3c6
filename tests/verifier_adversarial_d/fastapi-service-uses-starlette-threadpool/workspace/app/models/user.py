from pydantic import BaseModel


class StoredUser(BaseModel):
    id: int
    email: str
    username: str
    password_hash: bytes
