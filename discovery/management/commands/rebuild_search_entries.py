from django.core.management.base import BaseCommand

from discovery.search import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the site search index (one entry per live page and language)."

    def handle(self, *args, **options):
        count = rebuild_index()
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {count} entries."))
