import os
from flask import Flask, jsonify
from sqlalchemy import select
from database import Base, SessionLocal, engine
from models import User

Base.metadata.create_all(engine)
app = Flask(__name__)


@app.get("/api/profiles/<username>")
def profile(username):
    with SessionLocal() as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            return jsonify({"errors": {"profile": ["not found"]}}), 404
        return jsonify({"profile": {"username": user.username, "following": False}})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 3000)))
