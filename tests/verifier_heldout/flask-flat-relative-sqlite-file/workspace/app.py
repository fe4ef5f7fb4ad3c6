import os
import re
import uuid
from datetime import datetime, timezone

from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
# TODO: read the location from the environment before deploying
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///conduit.db"
db = SQLAlchemy(app)


class Article(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    slug = db.Column(db.String(255), unique=True)
    title = db.Column(db.String(255))
    description = db.Column(db.Text, default="")
    body = db.Column(db.Text)
    created_at = db.Column(db.DateTime, default=lambda: datetime.now(timezone.utc))


@app.get("/api/health-check")
def health():
    return {"status": "ok"}


@app.get("/api/articles")
def list_articles():
    rows = Article.query.order_by(Article.created_at.desc()).all()
    return jsonify({"articles": [{"slug": a.slug, "title": a.title, "body": a.body} for a in rows],
                    "articlesCount": len(rows)})


@app.post("/api/articles")
def create_article():
    data = request.get_json()["article"]
    slug = re.sub(r"\W+", "-", data["title"].lower()) + "-" + uuid.uuid4().hex[:6]
    article = Article(slug=slug, title=data["title"], description=data.get("description", ""), body=data["body"])
    db.session.add(article)
    db.session.commit()
    return jsonify({"article": {"slug": article.slug, "title": article.title}}), 201


with app.app_context():
    db.create_all()

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 8080)))
