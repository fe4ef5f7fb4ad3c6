from fastapi import FastAPI
import db

app = FastAPI()


@app.on_event("startup")
def startup():
    db.pool.open()
    db.migrate()


@app.get("/api/tags")
def tags():
    with db.pool.connection() as conn:
        return {"tags": [r[0] for r in conn.execute("SELECT DISTINCT unnest(tag_list) FROM articles")]}
