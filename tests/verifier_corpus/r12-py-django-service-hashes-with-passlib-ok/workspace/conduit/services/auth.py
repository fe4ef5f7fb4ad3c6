from passlib.hash import bcrypt

from conduit.repositories.users import UserRepository


def register(fields: dict) -> dict:
    fields = dict(fields, password=bcrypt.hash(fields['password']))
    return UserRepository().add(fields)
