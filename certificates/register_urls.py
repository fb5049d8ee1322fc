from django.urls import path

from certificates import register_views as views

app_name = "register"
urlpatterns = [
    path("", views.register, name="register"),
    path("export.<str:file_format>", views.export, name="export"),
    path("import/", views.import_list, name="import"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/change/", views.change, name="change"),
]
