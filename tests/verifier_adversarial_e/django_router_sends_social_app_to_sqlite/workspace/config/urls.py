from django.urls import path
from social import views

urlpatterns = [path("api/profiles/<str:username>/follow", views.follow)]
