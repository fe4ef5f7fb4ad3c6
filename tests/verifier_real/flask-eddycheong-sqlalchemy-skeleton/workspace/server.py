# excerpt of https://github.com/eddycheong/skeleton-flask-sqlalchemy@117e4cac0bf4:server.py
from controller import app

if __name__ == "__main__":
    app.run(debug=True)
