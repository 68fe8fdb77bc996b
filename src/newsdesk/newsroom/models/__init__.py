from newsdesk.monitor.models import Outlet

from .clips import Clip
from .pages import (
    ArticlePage,
    ClippingPage,
    ClippingSource,
    HomePage,
    PostPage,
    PostPageTag,
    SectionPage,
)
from .search import SearchEntry

__all__ = [
    "ArticlePage",
    "Clip",
    "ClippingPage",
    "ClippingSource",
    "HomePage",
    "Outlet",
    "PostPage",
    "PostPageTag",
    "SearchEntry",
    "SectionPage",
]
