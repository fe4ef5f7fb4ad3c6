# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/models/schemas/rwschema.py
from app.models.domain.rwmodel import RWModel

class RWSchema(RWModel):
    class Config(RWModel.Config):
        orm_mode = True
