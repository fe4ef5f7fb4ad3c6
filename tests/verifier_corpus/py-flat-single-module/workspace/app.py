# layers: routes -> services -> repositories -> models (not really)
import os
from flask import Flask, jsonify
from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class Article(Base):
    __tablename__ = 'articles'
    id = Column(Integer, primary_key=True)
    slug = Column(String)


engine = create_engine(os.environ['DATABASE_URL'])
Base.metadata.create_all(engine)
app = Flask(__name__)


@app.get('/api/articles/<slug>')
def article(slug):
    with Session(engine) as s:
        return jsonify({'slug': s.scalars(select(Article).filter_by(slug=slug)).first().slug})
