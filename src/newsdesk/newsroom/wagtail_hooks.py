"""The newsroom's admin: clip actions, the inbox's buttons, the dashboard."""

from wagtail import hooks

from .services.clip_url import URL_CLIP_ACTION
from .services.clipping import CLIP_ACTION


@hooks.register("register_log_actions")
def register_clip_log_actions(actions):
    actions.register_action(CLIP_ACTION, "Clip story", "Story clipped")
    actions.register_action(URL_CLIP_ACTION, "Clip address", "Address clipped")
