# excerpt of fastapi/full-stack-fastapi-template@68adb40d3742:backend/app/initial_data.py
import logging

from sqlmodel import Session

from app.core.db import engine, init_db

def init() -> None:
    with Session(engine) as session:
        init_db(session)
