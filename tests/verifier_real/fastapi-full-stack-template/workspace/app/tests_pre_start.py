# excerpt of fastapi/full-stack-fastapi-template@68adb40d3742:backend/app/tests_pre_start.py
import logging

from sqlalchemy import Engine

from sqlmodel import Session, select

from tenacity import after_log, before_log, retry, stop_after_attempt, wait_fixed

from app.core.db import engine

def init(db_engine: Engine) -> None:
    try:
        # Try to create session to check if DB is awake
        with Session(db_engine) as session:
            session.exec(select(1))
    except Exception as e:
        logger.error(e)
        raise e

def main() -> None:
    logger.info("Initializing service")
    init(engine)
    logger.info("Service finished initializing")
