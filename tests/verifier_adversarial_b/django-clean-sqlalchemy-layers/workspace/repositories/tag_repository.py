from sqlalchemy import select
from db import SessionLocal
from models import Tag


def distinct_names() -> list[str]:
    with SessionLocal() as session:
        return list(session.scalars(select(Tag.name).distinct().order_by(Tag.name)))
