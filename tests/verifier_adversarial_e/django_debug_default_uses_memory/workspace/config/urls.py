from django.urls import path
from conduit import views

urlpatterns = [path("api/tags", views.tags)]
