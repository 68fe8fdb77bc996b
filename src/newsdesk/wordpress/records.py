"""What a WordPress site holds, as plain records read from WXR or the REST API."""

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class SiteInfo:
    """The exported site: its name and the base URL its permalinks start with."""

    title: str = ""
    link: str = ""
    base_site_url: str = ""
    base_blog_url: str = ""
    language: str = ""
    wxr_version: str = ""

    @property
    def url(self) -> str:
        return (self.base_blog_url or self.link or self.base_site_url).rstrip("/")


@dataclass
class Author:
    """A WordPress user who wrote posts."""

    id: int
    login: str
    display_name: str = ""
    email: str = ""
    first_name: str = ""
    last_name: str = ""


@dataclass
class Term:
    """A category or a tag; `parent` is the parent category's slug."""

    kind: str  # "category" or "tag"
    id: int
    slug: str
    name: str
    parent: str = ""
    description: str = ""


@dataclass
class Comment:
    """A reader comment; `approved` is WordPress's "1", "0", "spam" or "trash"."""

    id: int
    parent_id: int
    author: str
    content: str
    approved: str
    posted_at: datetime | None = None
    email: str = ""
    url: str = ""
    ip: str = ""
    kind: str = ""  # "" (a comment), "pingback", "trackback"


@dataclass
class Item:
    """A post, page, attachment or other entry of the export."""

    id: int
    post_type: str
    title: str = ""
    link: str = ""
    slug: str = ""
    status: str = ""
    posted_at: datetime | None = None
    creator: str = ""
    content: str = ""
    excerpt: str = ""
    parent_id: int = 0
    is_sticky: bool = False
    categories: list[tuple[str, str]] = field(default_factory=list)
    tags: list[tuple[str, str]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    comments: list[Comment] = field(default_factory=list)
    attachment_url: str = ""
    password: str = ""  # a password-protected post's shared password
    protected: bool = False  # protected, password unknown (the REST API hides it)
    problems: list[str] = field(default_factory=list)

    @property
    def thumbnail_id(self) -> int | None:
        value = self.meta.get("_thumbnail_id", "")
        return int(value) if value.isdigit() else None


@dataclass
class ReadError:
    """Input that could not be read; everything before it was."""

    message: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        where = f" at line {self.line}, column {self.column}" if self.line else ""
        return f"{self.message}{where}"


Record = SiteInfo | Author | Term | Item | ReadError
