# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/models/domain/comments.py
from app.models.common import DateTimeModelMixin, IDModelMixin

from app.models.domain.profiles import Profile

from app.models.domain.rwmodel import RWModel

class Comment(IDModelMixin, DateTimeModelMixin, RWModel):
    body: str
    author: Profile
