from fastapi import FastAPI
from app.routes import profiles

app = FastAPI()
app.include_router(profiles.router)
