import os

from flask import Flask, jsonify
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker
from waitress import serve

from models import Base
from repository import TagRepository

engine = create_engine(f"sqlite:///{os.environ['SQLITE_PATH']}")
Base.metadata.create_all(engine)
Session = sessionmaker(engine)
app = Flask(__name__)


@app.get("/api/tags")
def tags():
    with Session() as s:
        return jsonify(tags=TagRepository(s).popular())


if __name__ == "__main__":
    serve(app, host="0.0.0.0", port=int(os.environ.get("PORT", 8080)))
