# excerpt of rafsaf/minimal-fastapi-postgres-template@5a39f65b1fc3:app/auth/responses.py
from pydantic import BaseModel, ConfigDict, EmailStr

class BaseResponse(BaseModel):
    model_config = ConfigDict(from_attributes=True)

class AccessTokenResponse(BaseResponse):
    token_type: str = "Bearer"
    access_token: str
    expires_at: int
    refresh_token: str
    refresh_token_expires_at: int

class UserResponse(BaseResponse):
    user_id: str
    email: EmailStr
