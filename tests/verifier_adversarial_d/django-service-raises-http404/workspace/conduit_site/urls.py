from django.urls import path

from api.routes import comments

urlpatterns = [
    path("api/articles/<slug:slug>/comments", comments.CommentsView.as_view()),
]
