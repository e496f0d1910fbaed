"""Backups of the site in one dated archive, and their restore.

An archive (``acopagro-backup-YYYYMMDD-HHMMSS.tar.gz``) holds:

- ``manifest.json``: when, which database engine, what is inside;
- the database, dumped by the database's own tool: ``database.sqlite3`` made with SQLite's
  online backup API (a consistent copy while the site runs), or ``database.pgdump`` made by
  ``pg_dump --format=custom`` (one transaction snapshot);
- ``media/``: the uploaded originals and documents from ``MEDIA_ROOT``. Image renditions
  (``images/``) are left out: they are made again from the originals when pages are shown.
  Media on S3 are not in the archive (back the bucket up with its own versioning or a copy
  job); the manifest says so.

A restore puts the database and media back, then makes the site consistent with them: it
starts a new page-cache generation (no page from before the restore is served again),
deletes the rendition rows and files (they are rebuilt from the restored originals on the
next view) and rebuilds the site search entries.
"""

import datetime
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connection, connections

FORMAT_VERSION = 1
RENDITIONS_FOLDER = "images"


class BackupError(Exception):
    pass


def database_settings():
    return connections["default"].settings_dict


def vendor():
    return connections["default"].vendor


def media_on_disk():
    return isinstance(default_storage, FileSystemStorage)


def _pg_environment(db):
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    return env


def _pg_arguments(db):
    arguments = ["--dbname", db["NAME"]]
    if db.get("USER"):
        arguments += ["--username", db["USER"]]
    if db.get("HOST"):
        arguments += ["--host", db["HOST"]]
    if db.get("PORT"):
        arguments += ["--port", str(db["PORT"])]
    return arguments


def _run(command, env=None):
    if not shutil.which(command[0]):
        raise BackupError(f"{command[0]} is not installed (Debian: postgresql-client).")
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def dump_database(folder):
    db = database_settings()
    if vendor() == "sqlite":
        target_path = folder / "database.sqlite3"
        connection.ensure_connection()
        target = sqlite3.connect(target_path)
        try:
            connection.connection.backup(target)
        finally:
            target.close()
        return target_path.name
    if vendor() == "postgresql":
        target_path = folder / "database.pgdump"
        command = ["pg_dump", "--format=custom", "--no-owner", "--no-privileges"]
        _run([*command, *_pg_arguments(db), "--file", str(target_path)], _pg_environment(db))
        return target_path.name
    raise BackupError(f"No backup for the {vendor()} database engine.")


def _media_files():
    root = Path(settings.MEDIA_ROOT)
    if not root.is_dir():
        return
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if path.is_file() and relative.parts[0] != RENDITIONS_FOLDER:
            yield path, relative


def create_backup(output_dir, include_media=True, now=None):
    """Write one archive into ``output_dir``; returns its path."""
    now = now or datetime.datetime.now(datetime.UTC)
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    archive_path = output_dir / f"acopagro-backup-{now:%Y%m%d-%H%M%S}.tar.gz"
    with tempfile.TemporaryDirectory(prefix="acopagro-backup-") as work:
        work = Path(work)
        database_file = dump_database(work)
        media_note = "included"
        media_count = 0
        if not include_media:
            media_note = "left out (--no-media)"
        elif not media_on_disk():
            media_note = "on object storage (S3): back the bucket up separately"
        partial = archive_path.with_suffix(".partial")
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(work / database_file, arcname=database_file)
            if include_media and media_on_disk():
                for path, relative in _media_files():
                    archive.add(path, arcname=str(Path("media") / relative))
                    media_count += 1
            manifest = {
                "format": FORMAT_VERSION,
                "created_at": now.isoformat(),
                "database_vendor": vendor(),
                "database_file": database_file,
                "media": media_note,
                "media_files": media_count,
            }
            manifest_path = work / "manifest.json"
            manifest_path.write_text(json.dumps(manifest, indent=2))
            archive.add(manifest_path, arcname="manifest.json")
        partial.rename(archive_path)  # never a half-written archive under the final name
    return archive_path


def read_manifest(archive):
    member = archive.getmember("manifest.json")
    return json.loads(archive.extractfile(member).read())


def restore_database(path):
    db = database_settings()
    connections.close_all()
    if vendor() == "sqlite":
        source = sqlite3.connect(path)
        target = sqlite3.connect(db["NAME"])
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
        return
    if vendor() == "postgresql":
        command = [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
        ]
        _run([*command, *_pg_arguments(db), str(path)], _pg_environment(db))
        return
    raise BackupError(f"No restore for the {vendor()} database engine.")


def restore_media(archive):
    root = Path(settings.MEDIA_ROOT)
    count = 0
    for member in archive.getmembers():
        if not member.isfile() or not member.name.startswith("media/"):
            continue
        relative = Path(member.name).relative_to("media")
        if ".." in relative.parts or relative.is_absolute():
            raise BackupError(f"Refusing a path outside MEDIA_ROOT: {member.name}")
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        with archive.extractfile(member) as source, open(target, "wb") as destination:
            shutil.copyfileobj(source, destination)
        count += 1
    return count


def after_restore():
    """Make the running site match the restored data (see the module's docstring)."""
    from django.core.management import call_command
    from wagtail.images import get_image_model

    from serving.cache import new_generation

    new_generation()
    renditions = get_image_model().get_rendition_model()
    deleted, _details = renditions.objects.all().delete()
    if media_on_disk():
        shutil.rmtree(Path(settings.MEDIA_ROOT) / RENDITIONS_FOLDER, ignore_errors=True)
    call_command("rebuild_search_entries", verbosity=0)
    return {"renditions_deleted": deleted}


def restore_backup(archive_path, include_media=True):
    archive_path = Path(archive_path)
    with tarfile.open(archive_path, "r:gz") as archive:
        manifest = read_manifest(archive)
        if manifest.get("format") != FORMAT_VERSION:
            raise BackupError(f"Unknown archive format {manifest.get('format')!r}.")
        if manifest["database_vendor"] != vendor():
            raise BackupError(
                f"This archive holds a {manifest['database_vendor']} database; the site uses "
                f"{vendor()}. Restore it into a {manifest['database_vendor']} database."
            )
        with tempfile.TemporaryDirectory(prefix="acopagro-restore-") as work:
            name = manifest["database_file"]
            archive.extract(name, work, filter="data")
            restore_database(Path(work) / name)
        media_count = restore_media(archive) if include_media and media_on_disk() else 0
    result = after_restore()
    return {**manifest, **result, "media_restored": media_count}
