"""What the maps show: the provinces where members farm and the climate projects' places.

A page's ``get_context`` calls ``map_context``; the template ``components/place_map.html``
lists the places as text (always: it is the map without JavaScript, or without tiles) and
hands the same list to ``static/js/map.js`` as JSON (``json_script``), which draws it with
Leaflet over the tiles of ``settings.MAP_TILE_URL`` (none when that setting is empty).
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from languages.content import language_shown

KIND_LABELS = {
    "province": _("Province where members farm"),
    "project": _("Climate project"),
}


@dataclass(frozen=True)
class Place:
    kind: str  # "province" or "project"
    name: str
    latitude: float | None  # None: listed as text, not drawn on the map
    longitude: float | None
    url: str = ""
    lang: str = ""  # the language of ``name`` when it is not the page's (a fallback)

    @property
    def is_located(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def kind_label(self):
        return KIND_LABELS[self.kind]

    def as_json(self):
        return {
            "kind": self.kind,
            "kindLabel": str(self.kind_label),
            "name": self.name,
            "lat": self.latitude,
            "lng": self.longitude,
            "url": self.url,
            "lang": self.lang,
        }


def _coordinate(value):
    return None if value is None else float(value)


def province_places(provinces):
    """Every province, with its coordinates when they are known."""
    return [
        Place(
            "province",
            province.name,
            _coordinate(province.latitude),
            _coordinate(province.longitude),
        )
        for province in provinces
    ]


def project_places(projects, request=None):
    """Projects that have coordinates (the others are simply not on the map)."""
    language = translation.get_language()
    places = []
    for project in projects:
        if project.latitude is None or project.longitude is None:
            continue
        shown = language_shown(project, "title")
        places.append(
            Place(
                "project",
                project.title,
                float(project.latitude),
                float(project.longitude),
                url=project.get_url(request=request) or "",
                lang=shown if shown != language else "",
            )
        )
    return places


def map_context(provinces=(), projects=(), request=None):
    """What ``components/place_map.html`` needs: the places, their JSON, the tiles."""
    places = province_places(provinces) + project_places(projects, request)
    return {
        "places": places,
        # Only the places whose coordinates are known are drawn; with none, no map.
        "places_json": [place.as_json() for place in places if place.is_located],
        "tile_url": settings.MAP_TILE_URL,
        "tile_attribution": settings.MAP_TILE_ATTRIBUTION,
    }
