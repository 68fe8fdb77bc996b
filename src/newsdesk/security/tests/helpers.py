"""Staff accounts for the security tests."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

PASSWORD = "a long passphrase nobody guesses"


def editor(username: str = "editor") -> object:
    """Return a non-superuser with access to the admin (an editor)."""
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@staff.example", password=PASSWORD
    )
    group, _ = Group.objects.get_or_create(name="Newsdesk editors (tests)")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_story"),
        Permission.objects.get(codename="view_story"),
    )
    user.groups.add(group)
    return user


def administrator(username: str = "chief") -> object:
    """Return a superuser."""
    return get_user_model().objects.create_superuser(
        username=username, email=f"{username}@staff.example", password=PASSWORD
    )
