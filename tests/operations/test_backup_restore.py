"""manage.py backup and restore (operations/): a site backed up, wiped and restored is the
same site again, with every page, image, document, figure and contact request; the
restore renews the page cache, purges renditions and rebuilds the search entries."""

import json
import shutil
import sqlite3
import tarfile

import pytest
from django.conf import settings
from django.db import connection

from core.models import CustomImage
from discovery.models import SearchEntry
from operations.archive import after_restore, create_backup
from serving.cache import current_generation
from tests.serving.helpers import production_env, run_manage, run_python

INVENTORY = r"""
import json, django
django.setup()
from django.core.files.storage import default_storage
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Page
from impact.models import ImpactFigure
from contact.models import ContactSubmission
from core.models import CustomImage
from discovery.models import SearchEntry

images = list(CustomImage.objects.order_by("pk"))
documents = list(get_document_model().objects.order_by("pk"))
home = Client(HTTP_HOST="127.0.0.1").get("/fr/")
print(json.dumps({
    "pages": sorted(Page.objects.values_list("pk", "title_fr", "title_es", "url_path_fr", "live")),
    "images": [[i.pk, i.file.name, default_storage.exists(i.file.name)] for i in images],
    "documents": [[d.pk, d.title, default_storage.exists(d.file.name)] for d in documents],
    "figures": sorted([f.key, str(f.value)] for f in ImpactFigure.objects.all()),
    "contact": sorted(ContactSubmission.objects.values_list("name", "message")),
    "search_entries": SearchEntry.objects.count(),
    "home": home.status_code,
}, default=str))
"""

ADD_DOCUMENT_AND_MESSAGE = r"""
import django
django.setup()
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from contact.models import ContactSubmission
get_document_model().objects.create(
    title="Rapport annuel (test de sauvegarde)",
    file=ContentFile(b"%PDF-1.4 backup test", name="rapport-sauvegarde.pdf"),
)
ContactSubmission.objects.create(
    name="Ana Torres", email="ana@example.org", country="Chile", request_type="samples",
    message="Muestras de 5 kg, por favor.", language="es",
)
"""


@pytest.fixture(scope="module")
def site_copy(django_db_setup, django_db_blocker, tmp_path_factory):
    """The test site (demo content and its media) copied where other processes see it."""
    folder = tmp_path_factory.mktemp("backup-site")
    media = folder / "media"
    shutil.copytree(settings.MEDIA_ROOT, media)
    with django_db_blocker.unblock():
        if connection.vendor == "sqlite":
            path = folder / "site.sqlite3"
            connection.ensure_connection()
            target = sqlite3.connect(path)
            connection.connection.backup(target)
            target.close()
            url, wipe = f"sqlite:///{path}", lambda: path.unlink()
        else:
            source = connection.settings_dict["NAME"]
            name = f"{source}_backup"
            connection.close()
            with connection._nodb_cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                cursor.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
            db = connection.settings_dict
            url = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{name}"

            def wipe():
                with connection._nodb_cursor() as cursor:
                    cursor.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
                    cursor.execute(f'CREATE DATABASE "{name}"')

    env = production_env(DATABASE_URL=url, MEDIA_ROOT=str(media), REDIS_URL=None)
    yield env, media, wipe, folder
    if connection.vendor != "sqlite":
        with django_db_blocker.unblock(), connection._nodb_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def inventory(env):
    # Development settings on the same database and media: pages render without collected
    # static files (the production settings want a manifest).
    env = {**env, "DJANGO_SETTINGS_MODULE": "acopagro_site.settings.dev", "DEBUG": "false"}
    result = run_python(INVENTORY, env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.django_db
def test_backup_wipe_restore_gives_the_same_site(site_copy):
    env, media, wipe, folder = site_copy
    added = run_python(ADD_DOCUMENT_AND_MESSAGE, env)
    assert added.returncode == 0, added.stderr
    before = inventory(env)
    assert before["images"] and before["documents"] and before["figures"] and before["contact"]
    assert all(exists for _pk, _name, exists in before["images"] + before["documents"])

    backup = run_manage("backup", "--output-dir", str(folder / "backups"), env=env)
    assert backup.returncode == 0, backup.stderr
    archive = backup.stdout.strip().splitlines()[-1]
    with tarfile.open(archive) as contents:
        names = contents.getnames()
    assert "manifest.json" in names
    assert not any(name.startswith("media/images/") for name in names), "renditions left out"

    wipe()
    shutil.rmtree(media)
    media.mkdir()
    restore = run_manage("restore", archive, "--noinput", env=env)
    assert restore.returncode == 0, restore.stdout + restore.stderr

    after = inventory(env)
    assert after == before


@pytest.mark.django_db
def test_after_a_restore_no_old_page_rendition_or_search_entry_survives(client, tmp_path):
    client.get("/fr/")
    generation = current_generation()
    assert CustomImage.get_rendition_model().objects.exists()
    SearchEntry.objects.all().delete()

    result = after_restore()

    assert current_generation() != generation
    assert client.get("/fr/")["X-Page-Cache"] == "MISS"
    assert result["renditions_deleted"] > 0
    assert SearchEntry.objects.exists()


@pytest.mark.django_db
def test_the_archive_is_dated_and_says_what_it_holds(tmp_path):
    path = create_backup(tmp_path, include_media=False)
    assert path.name.startswith("acopagro-backup-") and path.name.endswith(".tar.gz")
    with tarfile.open(path) as archive:
        manifest = json.loads(archive.extractfile("manifest.json").read())
    assert manifest["database_vendor"] == connection.vendor
    assert manifest["media"].startswith("left out")


def test_restore_refuses_an_archive_of_another_database_engine(tmp_path):
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"format": 1, "database_vendor": "oracle"}))
    path = tmp_path / "other.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        archive.add(manifest, arcname="manifest.json")
    result = run_manage("restore", str(path), "--noinput", env=production_env(REDIS_URL=None))
    assert result.returncode != 0
    assert "oracle" in result.stderr
