# excerpt of https://github.com/gmolveau/flask-sqlalchemy-heroku@32554e844268:app/api_v1/webhook.py
import requests, json

from flask import Response, request, current_app

from . import api

from ..database import db

@api.route('/webhook', methods=['GET'])
def webhook_verify():
    if request.args.get('hub.verify_token') == os.environ.get('FB_VERIFY_TOKEN'):
        return request.args.get('hub.challenge')
    return "Wrong verify token"

def handle_message(user_id, user_message):
    text = action(user_id, user_message)
    response = {
        'recipient': {'id': user_id},
        'message': {'text': text}
    }
    r = requests.post(
        'https://graph.facebook.com/v2.6/me/messages/?access_token=' + os.environ.get('FB_ACCESS_TOKEN'), json=response)
