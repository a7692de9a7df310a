"""`make run` helper: a demo administrator and a demo moderator, made once.

Their generated passwords are kept in .demo-credentials (git-ignored) so that every later run
prints the same ones and changes nothing."""

import json
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from newsroom.moderation.roles import ensure_groups

USERS = [
    {"username": "admin", "role": "administrator", "superuser": True, "group": None},
    {"username": "moderator", "role": "moderator", "superuser": False, "group": "Moderator"},
]


def credentials_file():
    return Path(getattr(settings, "DEMO_CREDENTIALS_FILE", settings.BASE_DIR / ".demo-credentials"))


class Command(BaseCommand):
    help = "Create the demo administrator and moderator on first run; print their credentials."

    def handle(self, *args, **options):
        path = credentials_file()
        saved = json.loads(path.read_text()) if path.exists() else {}
        User = get_user_model()
        changed = False
        for spec in USERS:
            name = spec["username"]
            user = User.objects.filter(username=name).first()
            password = saved.get(name)
            if user is None or password is None or not user.check_password(password):
                # First run, or the credentials file was lost: (re)set a fresh password.
                password = secrets.token_urlsafe(12)
                saved[name] = password
                changed = True
                if user is None:
                    user = User(username=name, email=f"{name}@newsroom.invalid")
                user.is_staff = spec["superuser"]
                user.is_superuser = spec["superuser"]
                user.set_password(password)
                user.save()
                if spec["group"]:
                    groups = {g.name: g for g in ensure_groups()}
                    if spec["group"] in groups:
                        user.groups.add(groups[spec["group"]])
        if changed:
            path.write_text(json.dumps(saved, indent=2) + "\n")
            path.chmod(0o600)
        self.stdout.write("Demo accounts (also in .demo-credentials):")
        for spec in USERS:
            self.stdout.write(f"  {spec['role']:<13} {spec['username']} / {saved[spec['username']]}")
        self.stdout.write("  CMS: http://127.0.0.1:8000/cms/   moderation: http://127.0.0.1:8000/moderation/")
