"""The data room's addresses, under the language prefix (/fr/…, /es/…)."""

from django.urls import path

from . import views

app_name = "trade"

urlpatterns = [
    path("data-room/<str:token>/", views.data_room, name="data_room"),
    path("data-room/<str:token>/<str:code>/plots.geojson", views.lot_geojson, name="lot_geojson"),
    path("data-room/<str:token>/<str:code>/sheet/", views.lot_sheet, name="lot_sheet"),
    path("data-room/<str:token>/<str:code>/sheet.pdf", views.lot_sheet_pdf, name="lot_sheet_pdf"),
]
