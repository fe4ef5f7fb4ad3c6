from fastapi import Depends, FastAPI
from sqlalchemy.orm import Session
from app import database, models

database.Base.metadata.create_all(bind=database.engine)
app = FastAPI()

@app.get("/api/articles")
def list_articles(db: Session = Depends(database.get_db)):
    items = db.query(models.Article).order_by(models.Article.id.desc()).all()
    return {"articles": [{"slug": a.slug, "title": a.title} for a in items], "articlesCount": len(items)}
