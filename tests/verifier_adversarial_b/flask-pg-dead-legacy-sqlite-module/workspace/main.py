import os
from flask import Flask, jsonify, request
import store

app = Flask(__name__)
store.init_schema()


@app.post("/api/users")
def register():
    u = request.get_json()["user"]
    store.add_user(u["username"], u["email"], u["password"])
    return jsonify({"user": {"username": u["username"], "email": u["email"]}}), 201


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 3000)))
