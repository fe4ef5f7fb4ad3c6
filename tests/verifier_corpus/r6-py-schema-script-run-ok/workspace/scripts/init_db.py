from conduit.db import engine
from conduit.models.entities import Base

Base.metadata.create_all(engine)
