import os
from flask import Flask, jsonify
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session
from app.models import Article

engine = create_engine(os.environ["DATABASE_URL"])
app = Flask(__name__)

@app.get("/api/articles")
def articles():
    with Session(engine) as session:
        items = session.scalars(select(Article).order_by(Article.id.desc())).all()
        return jsonify({"articles": [{"slug": a.slug} for a in items], "articlesCount": len(items)})

app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 3000)))
