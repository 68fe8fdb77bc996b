from django.urls import path

from . import views

app_name = "engagement"

urlpatterns = [
    path("comments/<int:page_id>/", views.comment_post, name="comment-post"),
]
