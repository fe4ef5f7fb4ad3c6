import os
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker
from conduit.models.user import Base
from conduit.repositories.users import UserRepository
from conduit.services.profiles import ProfileService

engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///conduit.sqlite3"))
Base.metadata.create_all(engine)
Session = sessionmaker(engine, expire_on_commit=False)
profiles = ProfileService(UserRepository(Session))
