from flask import Blueprint, current_app, jsonify

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.get("/tags")
def tags():
    pool = current_app.extensions["pg"]
    conn = pool.getconn()
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT name FROM tags ORDER BY name")
            return jsonify(tags=[r[0] for r in cur.fetchall()])
    finally:
        pool.putconn(conn)
