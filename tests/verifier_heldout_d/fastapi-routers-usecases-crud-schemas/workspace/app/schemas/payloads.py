"""Request bodies, validated by pydantic in the routers."""

from __future__ import annotations

from pydantic import BaseModel


class NewUser(BaseModel):
    username: str = ""
    email: str = ""
    password: str = ""


class NewUserEnvelope(BaseModel):
    user: NewUser


class LoginUser(BaseModel):
    email: str = ""
    password: str = ""


class LoginEnvelope(BaseModel):
    user: LoginUser
