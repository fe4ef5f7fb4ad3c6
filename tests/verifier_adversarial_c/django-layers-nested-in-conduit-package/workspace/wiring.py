from db import SessionLocal, init_schema
from conduit.repositories.users import UserRepository
from conduit.services.users import UserService


class Container:
    def __init__(self):
        init_schema()
        self.user_service = UserService(UserRepository(SessionLocal))


container = Container()
