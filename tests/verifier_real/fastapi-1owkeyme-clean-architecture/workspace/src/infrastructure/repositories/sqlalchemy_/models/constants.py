# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/repositories/sqlalchemy_/models/constants.py
from enum import StrEnum, unique

class TableName(StrEnum):
    USERS = "users"
    REVIEWS = "reviews"
    MOVIES = "movies"
