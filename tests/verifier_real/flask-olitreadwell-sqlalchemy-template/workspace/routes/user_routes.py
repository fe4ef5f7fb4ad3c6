# excerpt of https://github.com/olitreadwell/flask-sqlalchemy-postgres-api-template@fe767a493981:server/routes/user_routes.py
from flask import Blueprint, jsonify, make_response

from models import User

from sqlalchemy.sql.expression import func

def get_all_users():
    users = []

    all_users = User.query.all()
    all_users = sorted(all_users, key=lambda user: user.id)

    for user in all_users:
        user_dict = user.to_dict()
        users.append(user_dict)

    response = make_response(jsonify(users), 200, {"Content-Type": "application/json"})

    return response

def get_user_by_id(id):
    user = User.query.filter(User.id == id).first()

    if not user:
        response = make_response(
            jsonify({"error": f"User with id {id} not found"}),
            404,
            {"Content-Type": "application/json"},
        )
    else:
        user_dict = user.to_dict()

        response = make_response(
            jsonify(user_dict), 200, {"Content-Type": "application/json"}
        )

    return response

def get_random_user():
    user = User.query.order_by(func.random()).first()

    if not user:
        response_body = {"error": "No users found"}
    else:
        user_dict = user.to_dict()
        response_body = user_dict

    response = make_response(
        jsonify(response_body), 200, {"Content-Type": "application/json"}
    )

    return response

def get_random_users(num_of_users):
    returned_users = []

    random_users = User.query.order_by(func.random()).limit(num_of_users)
    random_users = sorted(random_users, key=lambda user: user.id)

    for user in random_users:
        user_dict = user.to_dict()
        returned_users.append(user_dict)

    response = make_response(
        jsonify(returned_users), 200, {"Content-Type": "application/json"}
    )

    return response
