import os


class Config:
    SECRET_KEY = os.environ.get("JWT_SECRET", "dev")
    SQLALCHEMY_DATABASE_URI = "sqlite:///conduit.db"
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    JSON_SORT_KEYS = False
