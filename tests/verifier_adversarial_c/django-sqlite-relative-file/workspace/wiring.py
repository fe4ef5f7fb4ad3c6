from db import SessionLocal, init_schema
from repositories.users import UserRepository
from services.users import UserService


class Container:
    def __init__(self):
        init_schema()
        self.user_service = UserService(UserRepository(SessionLocal))


container = Container()
