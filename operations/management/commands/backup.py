"""manage.py backup: the database and the uploaded media in one dated archive."""

import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from operations.archive import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Back up the database (sqlite3 backup API or pg_dump) and the media into one "
        "dated .tar.gz archive."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            default=os.environ.get("BACKUP_DIR") or str(settings.BASE_DIR / "backups"),
            help="Folder of the archive (default: $BACKUP_DIR, else backups/).",
        )
        parser.add_argument(
            "--no-media", action="store_true", help="Only the database (media backed up apart)."
        )

    def handle(self, *args, output_dir, no_media, **options):
        try:
            path = create_backup(output_dir, include_media=not no_media)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(path))
