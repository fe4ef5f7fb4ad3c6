import os

from flask import Flask, jsonify
from waitress import serve

from blog.repositories.users import UserRepository
from blog.routes.users import users_blueprint
from blog.services.users import UserService

app = Flask(__name__)
app.register_blueprint(users_blueprint(UserService(UserRepository())))
app.get("/api/health-check")(lambda: jsonify({"status": "ok"}))

if __name__ == "__main__":
    serve(app, host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
