from django.urls import path

from routes import users

urlpatterns = [
    path("api/users", users.register),
    path("api/users/login", users.login),
]
