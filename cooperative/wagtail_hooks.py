from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Certification, Partner, Province


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    list_display = ["name", "url"]
    search_fields = ["name"]


class CertificationViewSet(SnippetViewSet):
    model = Certification
    icon = "tick-inverse"
    list_display = ["name", "year"]


class ProvinceViewSet(SnippetViewSet):
    model = Province
    icon = "site"
    list_display = ["name", "latitude", "longitude"]


class CooperativeViewSetGroup(SnippetViewSetGroup):
    items = (PartnerViewSet, CertificationViewSet, ProvinceViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Cooperative")
    menu_name = "cooperative"
    menu_order = 210


register_snippet(CooperativeViewSetGroup)
