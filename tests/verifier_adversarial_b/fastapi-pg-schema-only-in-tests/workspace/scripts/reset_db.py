from conduit import models  # noqa: F401
from conduit.db import Base, engine

if __name__ == "__main__":
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    print("database reset")
