# excerpt of https://github.com/hackersandslackers/flask-sqlalchemy-tutorial@6d2addc9d2c6:config.py
from os import environ, path

from dotenv import load_dotenv

class Config:
    """Set Flask configuration from .env file."""

    # General Config
    ENVIRONMENT = environ.get("ENVIRONMENT")
    APP_NAME = "flask_sqlalchemy_tutorial"

    # Flask Config
    FLASK_APP = "wsgi.py"
    FLASK_DEBUG = environ.get("FLASK_DEBUG")
    SECRET_KEY = environ.get("SECRET_KEY")

    # Database
    SQLALCHEMY_DATABASE_URI = environ.get("SQLALCHEMY_DATABASE_URI")
    SQLALCHEMY_ECHO = False
    SQLALCHEMY_TRACK_MODIFICATIONS = False
