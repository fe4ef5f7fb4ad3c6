# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/presentation/routes/user.py
import json

from adaptix import Retort

from flask import Blueprint, g, request

from app.application.user.usecases import (
    CreateUserUseCase,
    ListUsersUseCase,
)

from app.application.user.dto import Users

def list_users():
    adaptix_retort: Retort = g.adaptix_retort
    usecase = ListUsersUseCase(g.session)
    users = usecase.users_list()
    result: dict = adaptix_retort.dump(users, Users)
    return result

def create_user():
    adaptix_retort: Retort = g.adaptix_retort
    usecase = CreateUserUseCase(g.session, request.json)
    user = usecase.create()
    result: dict = adaptix_retort.dump(user)
    return result
