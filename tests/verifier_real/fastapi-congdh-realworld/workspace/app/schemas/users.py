# excerpt of https://github.com/congdh/fastapi-realworld@42c8630aedf5:app/schemas/users.py
from typing import Optional

from pydantic import BaseModel, EmailStr, Field, HttpUrl, SecretStr

class UserBase(BaseModel):
    email: Optional[EmailStr] = Field(None, example="sheilaavery@yahoo.com")
    username: Optional[str] = Field(None, example="perryshari")
    bio: Optional[str] = None
    image: Optional[str] = None

class UserCreate(UserBase):
    email: EmailStr = Field(..., example="sheilaavery@yahoo.com")
    username: str = Field(..., example="perryshari")
    password: SecretStr = Field(..., example="changeit")

class UserInDBBase(UserBase):
    id: Optional[int] = None

    class Config:
        orm_mode = True

class UserInDB(UserInDBBase):
    hashed_password: str

class UserWithToken(UserBase):
    token: str = Field(
        ...,
        example="eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHAiOjE1OTk3MjI3MTIsInN1YiI6IjEifQ.cTWIopIYrXLEeRix_sTiqx6RRBuXG4a6xVUcMKyovWA",
        # noqa
    )

class UserResponse(BaseModel):
    user: UserWithToken

class LoginUser(BaseModel):
    email: str
    password: SecretStr

    class Config:
        schema_extra = {
            "example": {
                "email": "ahart@yahoo.com",
                "password": "changeit",
            }
        }

class UserUpdate(UserBase):
    password: Optional[str] = Field(None, example="changeit")

class UserInUpdate(BaseModel):
    username: Optional[str] = None
    email: Optional[EmailStr] = None
    password: Optional[str] = None
    bio: Optional[str] = None
    image: Optional[HttpUrl] = None
