"""The open data of the impact figures, inside ``i18n_patterns`` (before Wagtail's pages).

Every path is translated (``/fr/impact/donnees.csv``, ``/es/impacto/datos.csv``,
``/en/impact/data.csv``): the language of a file is the language of its URL.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "impact"

# Translators: the URL paths of the impact data. Lowercase ASCII, no spaces; keep the
# extensions (.csv, .json, .pdf) and the final slashes as they are.
urlpatterns = [
    path(_("impact/data.csv"), views.figures_csv, name="data_csv"),
    path(_("impact/data.json"), views.figures_json, name="data_json"),
    path(_("impact/data.csv-metadata.json"), views.figures_csvw, name="data_csvw"),
    path(_("impact/history.csv"), views.history_csv, name="history_csv"),
    path(_("impact/history.json"), views.history_json, name="history_json"),
    path(_("impact/history.csv-metadata.json"), views.history_csvw, name="history_csvw"),
    path(_("impact/figures/<slug:key>/"), views.figure_page, name="figure"),
    path(_("impact/embed/"), views.embed_set, name="embed_set"),
    path(_("impact/embed/<slug:key>/"), views.embed, name="embed"),
    path(_("impact/profile/"), views.profile, name="profile"),
    path(_("impact/profile.pdf"), views.profile_pdf, name="profile_pdf"),
]
