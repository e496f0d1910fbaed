"""The EUDR data room: reached only with a valid access link, every download logged, and
a GeoJSON that an independent validator (geojson + shapely) accepts under the EU rules."""

import datetime
import json
from decimal import Decimal

import geojson
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from shapely.geometry import shape

from trade.models import BuyerAccess, DownloadLog

from .factories import make_access, make_lot, make_plot

pytestmark = pytest.mark.django_db


def urls(token, lot):
    return {
        "room": reverse("trade:data_room", args=[token]),
        "geojson": reverse("trade:lot_geojson", args=[token, lot.code]),
        "sheet": reverse("trade:lot_sheet", args=[token, lot.code]),
        "pdf": reverse("trade:lot_sheet_pdf", args=[token, lot.code]),
    }


@pytest.fixture
def lot_with_plots():
    lot = make_lot(code="ROOM-001")
    make_plot(lots=[lot], reference="R-POLY")
    make_plot(lots=[lot], reference="R-POINT", point=True, area="1.5", producer_name="")
    return lot


def test_token_is_stored_hashed_and_unguessable():
    access, token = make_access([make_lot()])
    assert len(token) >= 40
    assert token not in access.token_hash
    assert BuyerAccess.find(token) == access
    assert BuyerAccess.find(token[:-1] + ("A" if token[-1] != "A" else "B")) is None


def test_valid_token_opens_the_room_and_every_file(client, lot_with_plots):
    _access, token = make_access([lot_with_plots])
    for name, url in urls(token, lot_with_plots).items():
        response = client.get(url)
        assert response.status_code == 200, name
        assert "no-store" in response["Cache-Control"]
        assert response["X-Robots-Tag"].startswith("noindex")
    assert client.get(urls(token, lot_with_plots)["pdf"]).content.startswith(b"%PDF")


@pytest.mark.parametrize("case", ["expired", "revoked", "other-lot", "unknown", "draft-lot"])
def test_no_valid_token_is_a_404(client, lot_with_plots, case):
    other = make_lot(code="OTHER-001")
    if case == "expired":
        _a, token = make_access([lot_with_plots], timezone.localdate() - datetime.timedelta(days=1))
    elif case == "revoked":
        _a, token = make_access([lot_with_plots], revoked=True)
    elif case == "other-lot":
        _a, token = make_access([other])
    elif case == "draft-lot":
        draft = make_lot(code="DRAFT-ROOM", publish=False)
        _a, token = make_access([draft])
        for url in urls(token, draft).values():
            if url.endswith((".geojson", ".pdf", "/sheet/")):
                assert client.get(url).status_code == 404
        return
    else:
        token = "not-a-token"
    for name, url in urls(token, lot_with_plots).items():
        if case == "other-lot" and name == "room":
            continue  # the room itself opens: it lists the other lot only
        assert client.get(url).status_code == 404, name
    assert not DownloadLog.objects.exists()


def test_the_room_lists_only_the_lots_of_the_link(client, lot_with_plots):
    other = make_lot(code="OTHER-002")
    _a, token = make_access([other])
    html = client.get(reverse("trade:data_room", args=[token])).content.decode()
    assert "OTHER-002" in html and "ROOM-001" not in html


def test_every_download_is_logged_with_who_when_which_lot_and_address(client, lot_with_plots):
    access, token = make_access([lot_with_plots], buyer="Importer GmbH")
    links = urls(token, lot_with_plots)
    client.get(links["room"])  # viewing the list is not a download
    client.get(links["geojson"], REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT="Test agent")
    client.get(links["sheet"])
    client.get(links["pdf"])
    logs = list(DownloadLog.objects.order_by("downloaded_at"))
    assert [log.kind for log in logs] == ["geojson", "sheet-html", "sheet-pdf"]
    first = logs[0]
    assert (first.access, first.lot, first.ip_address, first.user_agent) == (
        access,
        lot_with_plots,
        "203.0.113.7",
        "Test agent",
    )
    assert first.downloaded_at <= timezone.now()


def _decimals(number_text):
    return len(number_text.split(".")[1]) if "." in number_text else 0


def test_geojson_passes_an_independent_validation_of_the_eu_rules(client, lot_with_plots):
    _a, token = make_access([lot_with_plots])
    response = client.get(urls(token, lot_with_plots)["geojson"])
    assert response["Content-Type"].startswith("application/geo+json")
    text = response.content.decode()
    collection = geojson.loads(text)
    assert collection.is_valid, collection.errors()
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == 2
    # At least 6 decimals as written in the file (floats would hide trailing zeros).
    raw = json.loads(text, parse_float=str)
    for feature in raw["features"]:
        coordinates = feature["geometry"]["coordinates"]
        flat = coordinates if feature["geometry"]["type"] == "Point" else sum(coordinates, [])
        pairs = [flat] if feature["geometry"]["type"] == "Point" else flat
        for lon, lat in pairs:
            assert _decimals(lon) >= 6 and _decimals(lat) >= 6
    for feature in collection["features"]:
        geometry = shape(feature["geometry"])
        assert geometry.is_valid
        minx, miny, maxx, maxy = geometry.bounds
        assert -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90
        properties = feature["properties"]
        assert properties["ProducerCountry"] == "PE"
        assert properties["HarvestStart"] == "2026-04-01"
        assert properties["HarvestEnd"] == "2026-06-30"
        assert "ProducerName" not in properties
        if feature["geometry"]["type"] == "Point":
            assert 0 < Decimal(str(properties["Area"])) <= 4
        else:
            ring = feature["geometry"]["coordinates"][0]
            assert ring[0] == ring[-1] and len(ring) >= 4
    assert collection["lot"]["code"] == "ROOM-001"


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_sheet_is_in_the_visitors_language(client, lot_with_plots, language):
    _a, token = make_access([lot_with_plots])
    with translation.override(language):
        url = urls(token, lot_with_plots)["sheet"]
        expected = translation.gettext("Deforestation-free evidence")
    html = client.get(url).content.decode()
    assert expected in html
    assert "2023/1115" in html and "2025/2650" in html


def test_revoking_in_the_admin_closes_the_link(admin_client, client, lot_with_plots):
    access, token = make_access([lot_with_plots])
    revoke_url = reverse("trade_revoke_access", args=[access.pk])
    assert admin_client.get(revoke_url).status_code == 200
    assert admin_client.post(revoke_url).status_code == 302
    assert client.get(reverse("trade:data_room", args=[token])).status_code == 404


def test_creating_an_access_in_the_admin_shows_the_link_once(admin_client, lot_with_plots):
    add_url = reverse("wagtailsnippets_trade_buyeraccess:add")
    expires = (timezone.localdate() + datetime.timedelta(days=10)).isoformat()
    response = admin_client.post(
        add_url,
        {"buyer": "Importer SA", "email": "", "lots": [lot_with_plots.pk], "expires_on": expires},
        follow=True,
    )
    messages = [str(message) for message in response.context["messages"]]
    link = next(message for message in messages if "/data-room/" in message)
    token = link.split("/data-room/")[1].split("/")[0]
    assert BuyerAccess.find(token).buyer == "Importer SA"


def test_staff_see_the_download_log_but_cannot_add_or_change_it(admin_client, lot_with_plots):
    access, token = make_access([lot_with_plots])
    log = DownloadLog.objects.create(access=access, lot=lot_with_plots, kind="geojson")
    assert admin_client.get(reverse("wagtailsnippets_trade_downloadlog:list")).status_code == 200
    assert admin_client.get(reverse("wagtailsnippets_trade_downloadlog:add")).status_code != 200
    edit = reverse("wagtailsnippets_trade_downloadlog:edit", args=[log.pk])
    assert admin_client.post(edit, {"kind": "sheet-pdf"}).status_code != 200
    log.refresh_from_db()
    assert log.kind == "geojson"
