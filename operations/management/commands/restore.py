"""manage.py restore ARCHIVE: put a backup back, then make the site consistent with it."""

from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from operations.archive import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup made by manage.py backup: database and media, then a new cache "
        "generation, renditions purged, search entries rebuilt."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="An acopagro-backup-….tar.gz file")
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive")
        parser.add_argument("--no-media", action="store_true", help="Restore the database only.")

    def handle(self, *args, archive, interactive, no_media, **options):
        name = connections["default"].settings_dict["NAME"]
        if interactive:
            answer = input(
                f"This replaces the database {name} and the media with the backup {archive}. "
                "Type 'yes' to go on: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            result = restore_backup(archive, include_media=not no_media)
        except (BackupError, OSError, KeyError) as error:
            raise CommandError(f"Restore failed: {error}") from error
        self.stdout.write(
            f"Restored {archive} (made {result['created_at']}): database, "
            f"{result['media_restored']} media files; {result['renditions_deleted']} renditions "
            "purged, search entries rebuilt, page cache renewed."
        )
