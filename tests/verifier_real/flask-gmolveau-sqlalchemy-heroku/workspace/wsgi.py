# excerpt of https://github.com/gmolveau/flask-sqlalchemy-heroku@32554e844268:wsgi.py
from dotenv import load_dotenv

from app import create_app

if __name__ == '__main__':
	app.run(debug=True, host='0.0.0.0', port=5000)
