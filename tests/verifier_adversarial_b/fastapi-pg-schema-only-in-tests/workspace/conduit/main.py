from fastapi import Depends, FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session
from conduit.db import get_session
from conduit.models import Tag

app = FastAPI(title="Conduit")


@app.get("/api/tags")
def tags(session: Session = Depends(get_session)):
    return {"tags": list(session.scalars(select(Tag.name).order_by(Tag.name)))}
