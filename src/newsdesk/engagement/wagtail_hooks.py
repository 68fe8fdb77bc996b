from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Comment, SpamCount
from .services import comments_moderate


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


class CommentViewSet(SnippetViewSet):
    """Comments as a snippet (for bulk actions), kept at /admin/comments/."""

    model = Comment
    url_prefix = "comments"
    admin_url_namespace = "comments"
    icon = "comment"
    menu_label = "Comments"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["author_name", "page", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["author_name", "body"]
    ordering = ["-created_at"]
    panels = [FieldPanel("status")]
    inspect_view_enabled = True


register_snippet(CommentViewSet)


class CommentStatusBulkAction(SnippetBulkAction):
    """Set the status of the selected comments in one step."""

    models = [Comment]
    status = ""
    template_name = "engagement/confirm_bulk_status.html"

    def check_perm(self, obj):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", obj
        )

    @classmethod
    def execute_action(cls, objects, **kwargs):
        return comments_moderate(ids=[c.pk for c in objects], status=cls.status), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return f"{num_parent_objects} comment(s) marked {self.status}."


@hooks.register("register_bulk_action")
class ApproveBulkAction(CommentStatusBulkAction):
    display_name = "Approve"
    action_type = "approve"
    aria_label = "Approve selected comments"
    status = Comment.Status.APPROVED
    action_priority = 10


@hooks.register("register_bulk_action")
class RejectBulkAction(CommentStatusBulkAction):
    display_name = "Reject"
    action_type = "reject"
    aria_label = "Reject selected comments"
    status = Comment.Status.REJECTED
    action_priority = 20


@hooks.register("register_bulk_action")
class SpamBulkAction(CommentStatusBulkAction):
    display_name = "Mark as spam"
    action_type = "spam"
    aria_label = "Mark selected comments as spam"
    status = Comment.Status.SPAM
    action_priority = 25


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
