from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


def tag_counts():
    return db.session.execute(db.text('SELECT tag, COUNT(*) FROM tags GROUP BY tag')).all()
