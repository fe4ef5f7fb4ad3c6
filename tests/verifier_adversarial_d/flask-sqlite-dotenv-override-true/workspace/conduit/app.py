from flask import Flask, jsonify
from sqlalchemy import Column, Integer, String, select

from conduit.db import Base, Session, engine


class Tag(Base):
    __tablename__ = "tags"
    id = Column(Integer, primary_key=True)
    name = Column(String, unique=True)


def build():
    Base.metadata.create_all(engine)
    app = Flask(__name__)

    @app.get("/api/tags")
    def tags():
        with Session() as s:
            return jsonify(tags=list(s.scalars(select(Tag.name))))

    return app
