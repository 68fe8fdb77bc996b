from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import Comment


class CommentPermissionPolicy(ModelPermissionPolicy):
    """Comments come from readers (or an import), never from the admin's add form."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


register_permission_policy(Comment, CommentPermissionPolicy(Comment))


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
