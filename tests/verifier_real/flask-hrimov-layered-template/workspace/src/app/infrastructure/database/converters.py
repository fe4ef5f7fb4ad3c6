# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/infrastructure/database/converters.py
from app.application.user import dto

from app.infrastructure.database import models
