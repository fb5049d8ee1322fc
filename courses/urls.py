from django.urls import path

from courses import analysis_views, views

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("learning/keep-my-result/<str:action>/", views.keep_result, name="keep_result"),
    path("learning/item-analysis/", analysis_views.index, name="item_analysis_index"),
    path("learning/item-analysis/<int:module_id>/", analysis_views.module_analysis, name="item_analysis"),
    path(
        "learning/item-analysis/<int:module_id>/item-analysis.csv",
        analysis_views.module_analysis_csv,
        name="item_analysis_csv",
    ),
]
