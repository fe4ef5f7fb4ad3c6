import os
from flask import Flask, jsonify
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
db = SQLAlchemy(app)


class ArticleTag(db.Model):
    __tablename__ = "article_tags"
    article_id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(64), primary_key=True)


@app.get("/api/tags")
def tags():
    rows = db.session.execute(db.text("SELECT name, COUNT(*) AS n FROM article_tags GROUP BY name ORDER BY n DESC"))
    return jsonify({"tags": [r.name for r in rows]})


with app.app_context():
    db.create_all()

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 3000)))
