# excerpt of https://github.com/evgeny-finkin/fastapi-sqlalchemy-realworld-example@2ccf6a99f49d:server/models/tags.py
from sqlalchemy import Column, Integer, String

from services import postgres

class Tags(postgres.Base):
    __tablename__ = 'tags'

    tag_name = Column(Integer, primary_key=True, index=True)
