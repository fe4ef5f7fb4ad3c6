from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from conduit.db import Base


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    bio: Mapped[str | None]
    image: Mapped[str | None]
