# excerpt of https://github.com/iunary/fastapi-template@b41a88ddab55:core/auth/schemas.py
from pydantic import BaseModel, EmailStr

class Claims(BaseModel):
    email: EmailStr

class Token(BaseModel):
    access_token: str
    token_type: str

class RegisterRequest(BaseModel):
    email: EmailStr
    password: str
    confirm_password: str
