# excerpt of https://github.com/olitreadwell/flask-sqlalchemy-postgres-api-template@fe767a493981:server/routes/main_routes.py
from flask import Blueprint, current_app, g, make_response, redirect, request

def index():
    host = request.headers.get("Host")
    app_name = current_app.name

    response_body = f"""<h1>Python Operations with Flask Routing and Views</h1>
               <p>Host: {host}</p>
               <p>App Name: {app_name}</p>
               <p>Path: {g.path}</p>"""

    status_code = 200
    response_headers = {"Content-Type": "text/html"}

    response = make_response(response_body, status_code, response_headers)
    return response
