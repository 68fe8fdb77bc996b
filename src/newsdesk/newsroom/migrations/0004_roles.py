"""Set up the newsroom's roles, so a new site has them.

Administrators may do everything; Editors write and publish; Contributors
write and submit for moderation, never publish; Moderators handle reader
comments only (Wagtail's first migration gave them page permissions, taken
back here). Wagtail's default "Moderators approval" workflow task becomes
"Editors approval": editors approve what contributors submit.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PAGE = {
    "Administrators": [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
    "Editors": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    "Contributors": ["add_page", "change_page", "lock_page"],
}
MEDIA = {
    "Administrators": ["add", "change", "delete", "choose"],
    "Editors": ["add", "change", "choose"],
    "Contributors": ["add", "choose"],
}
WORK = [
    ("wagtailadmin", "access_admin"),
    ("monitor", "view_story"),
    ("monitor", "view_outlet"),
    ("monitor", "view_feed"),
    ("monitor", "view_topic"),
    ("monitor", "view_snapshot"),
    ("newsroom", "view_clip"),
]
EDITING = [
    ("monitor", "change_story"),
    ("monitor", "add_outlet"),
    ("monitor", "change_outlet"),
    ("monitor", "add_feed"),
    ("monitor", "change_feed"),
    ("monitor", "add_topic"),
    ("monitor", "change_topic"),
]
MODEL = {"Editors": WORK + EDITING, "Contributors": WORK}
# wagtailadmin has no models: its own migration made access_admin.
APPS = ("wagtailcore", "wagtailimages", "wagtaildocs", "monitor")


def _permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _make_permissions(apps):
    # Permissions are normally made after all migrations; make them now.
    for label in (*APPS, "newsroom"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def _grant_pages(apps, group, codenames):
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.filter(depth=1).first()
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=_permission(apps, "wagtailcore", codename)
        )


def _grant_media(apps, group, actions):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    root = Collection.objects.filter(depth=1).first()
    for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
        for action in actions:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root,
                permission=_permission(apps, app_label, f"{action}_{model}"),
            )


def create_roles(apps, schema_editor):
    _make_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name in ("Administrators", "Editors", "Contributors"):
        group, _ = Group.objects.get_or_create(name=name)
        _grant_pages(apps, group, PAGE[name])
        _grant_media(apps, group, MEDIA[name])
        if name == "Administrators":
            group.permissions.set(Permission.objects.all())
        for app_label, codename in MODEL.get(name, []):
            group.permissions.add(_permission(apps, app_label, codename))
    _moderators_comments_only(apps)
    _editors_approve(apps)


def _moderators_comments_only(apps):
    moderators = apps.get_model("auth", "Group").objects.filter(name="Moderators")
    for model in ("GroupPagePermission", "GroupCollectionPermission"):
        apps.get_model("wagtailcore", model).objects.filter(
            group__in=moderators
        ).delete()


def _editors_approve(apps):
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    editors = Group.objects.get(name="Editors")
    for task in GroupApprovalTask.objects.filter(name="Moderators approval"):
        task.groups.set([editors])
        task.name = "Editors approval"
        task.save(update_fields=["name"])
    Workflow.objects.filter(name="Moderators approval").update(name="Editors approval")


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=["Administrators", "Contributors"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0003_clips"),
        ("monitor", "0004_snapshot_warc_file"),
        ("engagement", "0003_moderators_group"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
