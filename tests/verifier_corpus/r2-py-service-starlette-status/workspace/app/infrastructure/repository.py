import os
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from ..domain.models import Article

engine = create_engine(os.environ['DATABASE_URL'])


def all_articles():
    with Session(engine) as session:
        return list(session.scalars(select(Article)))
