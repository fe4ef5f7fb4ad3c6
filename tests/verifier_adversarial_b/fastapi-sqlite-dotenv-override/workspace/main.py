from fastapi import FastAPI
import database

app = FastAPI()

@app.on_event("startup")
def startup() -> None:
    database.create_schema()

@app.get("/api/articles")
def list_articles():
    with database.connect() as conn:
        rows = conn.execute("SELECT slug, title FROM articles ORDER BY id DESC").fetchall()
    return {"articles": [dict(r) for r in rows], "articlesCount": len(rows)}
