from django.urls import path

from . import views

urlpatterns = [
    path("language/<str:code>/", views.switch_language, name="switch_language"),
]
