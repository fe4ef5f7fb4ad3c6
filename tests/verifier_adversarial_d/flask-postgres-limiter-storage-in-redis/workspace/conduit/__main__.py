import os

from flask import Flask, jsonify, request
from waitress import serve

from conduit.db import Base, engine
from conduit.extensions import limiter

app = Flask(__name__)
limiter.init_app(app)
Base.metadata.create_all(engine)


@app.post("/api/users/login")
@limiter.limit("5 per 2 seconds")
def login():
    creds = (request.get_json(silent=True) or {}).get("user") or {}
    return jsonify(errors={"body": ["invalid credentials for " + str(creds.get("email"))]}), 401


serve(app, host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
