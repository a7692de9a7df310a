from django.core.management.base import BaseCommand

from newsroom.articles import demo


class Command(BaseCommand):
    help = "Build the demo newsroom (six editions, the seed article, The Latest). Safe to re-run."

    def handle(self, *args, **options):
        demo.load(stdout=self.stdout)
