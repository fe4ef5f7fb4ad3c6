from sqlalchemy.orm import DeclarativeBase
