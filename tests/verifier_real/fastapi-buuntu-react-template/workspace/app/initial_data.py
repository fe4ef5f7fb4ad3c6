# excerpt of https://github.com/Buuntu/fastapi-react@af17f2d422d0:{{cookiecutter.project_slug}}/backend/app/initial_data.py
from app.db.session import get_db

from app.db.crud import create_user

from app.db.schemas import UserCreate

from app.db.session import SessionLocal

def init() -> None:
    db = SessionLocal()

    create_user(
        db,
        UserCreate(
            email="{{cookiecutter.superuser_email}}",
            password="{{cookiecutter.superuser_password}}",
            is_active=True,
            is_superuser=True,
        ),
    )
