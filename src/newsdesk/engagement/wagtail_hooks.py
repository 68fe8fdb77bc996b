from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import Comment, SpamCount


class CommentPermissionPolicy(ModelPermissionPolicy):
    """Comments come from readers (or an import), never from the admin's add form."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


register_permission_policy(Comment, CommentPermissionPolicy(Comment))


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Counters are written by the site, only read in the admin."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)


register_permission_policy(SpamCount, ReadOnlyPermissionPolicy(SpamCount))


class CommentViewSet(ModelViewSet):
    model = Comment
    icon = "comment"
    menu_label = "Comments"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["author_name", "page", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["author_name", "body"]
    ordering = ["-created_at"]
    form_fields = ["status"]
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_comment_viewset():
    return CommentViewSet("comments")


class SpamCountViewSet(ModelViewSet):
    model = SpamCount
    icon = "warning"
    menu_label = "Refused comments"
    menu_order = 301
    add_to_admin_menu = True
    list_display = ["day", "reason", "count"]
    list_filter = ["reason"]
    form_fields = ["count"]


@hooks.register("register_admin_viewset")
def register_spam_count_viewset():
    return SpamCountViewSet("refused-comments")
