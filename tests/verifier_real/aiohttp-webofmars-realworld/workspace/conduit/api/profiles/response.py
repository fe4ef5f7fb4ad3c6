# excerpt of webofmars/realworld-back-python-aiohttp@1c8b7c5a8537:conduit/api/profiles/response.py
__all__ = [
    "ProfileResponseModel",
    "ProfileResponseSchema",
    "user_not_found",
]

from dataclasses import dataclass

from http import HTTPStatus

from aiohttp import web

from marshmallow import Schema, fields

from conduit.api.response import ProfileModel, ProfileSchema

from conduit.core.entities.user import User

class ProfileResponseModel:
    profile: ProfileModel

    @classmethod
    def new(cls, user: User, following: bool) -> "ProfileResponseModel":
        return ProfileResponseModel(profile=ProfileModel.new(user, following))

    def response(self) -> web.Response:
        return web.json_response(_SCHEMA.dump(self))

class ProfileResponseSchema(Schema):
    profile = fields.Nested(ProfileSchema(), required=True)
