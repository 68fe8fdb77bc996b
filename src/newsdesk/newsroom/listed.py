"""Page kinds listed among the posts besides `PostPage` (digest issues).

The home page, the site feed and search list posts; the seed site lists its
weekly digest issues between them ("… Weekly Digest – Jan 22, 2021"). Apps
downstream of newsroom register such kinds from their `AppConfig.ready`, so
newsroom never names them. A listed kind offers what a listing item and a
search entry read of a post: `listing_date`, `language`, `text_direction`,
`plain_text()` and `teaser_template`. Archives (tag, outlet, language,
month) list posts only.
"""

from wagtail.models import Page

# model -> the database field its listing date is read from
_LISTED: dict[type[Page], str] = {}


def listed_kind_register(model: type[Page], *, date_field: str) -> None:
    """List `model`'s live, public pages among the posts, dated by `date_field`."""
    _LISTED[model] = date_field


def listed_kinds() -> dict[type[Page], str]:
    """Return the registered kinds and their date fields."""
    return dict(_LISTED)
