from django.urls import path

from routes import profiles, users

urlpatterns = [
    path("api/users", users.register),
    path("api/users/login", users.login),
    path("api/profiles/<str:username>", profiles.profile),
]
