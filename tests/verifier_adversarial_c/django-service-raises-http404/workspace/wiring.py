from db import SessionLocal, init_schema
from repositories.users import UserRepository
from services.profiles import ProfileService
from services.users import UserService


class Container:
    def __init__(self):
        init_schema()
        users = UserRepository(SessionLocal)
        self.user_service = UserService(users)
        self.profile_service = ProfileService(users)


container = Container()
