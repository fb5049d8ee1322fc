from django.urls import path

from courses import views

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("learning/keep-my-result/<str:action>/", views.keep_result, name="keep_result"),
]
