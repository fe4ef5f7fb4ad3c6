# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/services/comments.py
from app.models.domain.comments import Comment

from app.models.domain.users import User
