import os
from flask import Flask, abort, jsonify
from sqlalchemy import create_engine, select
from sqlalchemy.orm import sessionmaker
from app.models import User

SessionLocal = sessionmaker(create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True))
app = Flask(__name__)

@app.get("/api/profiles/<username>")
def profile(username):
    with SessionLocal() as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            abort(404)
        return jsonify({"profile": {"username": user.username, "bio": user.bio, "image": user.image, "following": False}})

app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "3000")))
