import os
import sqlite3
from dotenv import load_dotenv
from fastapi import FastAPI

load_dotenv()
DB = os.environ["SQLITE_PATH"]
app = FastAPI()

def conn():
    c = sqlite3.connect(DB)
    c.row_factory = sqlite3.Row
    return c

@app.on_event("startup")
def init() -> None:
    with conn() as c:
        c.executescript(open(os.path.join(os.path.dirname(__file__), "schema.sql")).read())

@app.get("/api/tags")
def tags():
    with conn() as c:
        return {"tags": [r[0] for r in c.execute("SELECT DISTINCT name FROM tags")]}
