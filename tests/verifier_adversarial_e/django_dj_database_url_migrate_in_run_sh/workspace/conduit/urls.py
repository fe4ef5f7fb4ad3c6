from django.urls import path
from articles import views

urlpatterns = [path("api/tags", views.tags)]
