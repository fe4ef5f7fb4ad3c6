FLASK_APP=conduit.app:create_app
FLASK_DEBUG=0
