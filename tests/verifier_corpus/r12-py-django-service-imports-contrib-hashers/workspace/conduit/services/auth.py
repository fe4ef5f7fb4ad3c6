from django.contrib.auth.hashers import make_password

from conduit.repositories.users import UserRepository


def register(fields: dict) -> dict:
    fields = dict(fields, password=make_password(fields['password']))
    return UserRepository().add(fields)
