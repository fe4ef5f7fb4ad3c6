from fastapi import FastAPI
from conduit.routes import comments

app = FastAPI()
app.include_router(comments.router, prefix="/api")
