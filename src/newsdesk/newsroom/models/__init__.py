from newsdesk.monitor.models import Outlet

from .pages import (
    ArticlePage,
    ClippingPage,
    ClippingSource,
    HomePage,
    PostPage,
    PostPageTag,
    SectionPage,
)

__all__ = [
    "ArticlePage",
    "ClippingPage",
    "ClippingSource",
    "HomePage",
    "Outlet",
    "PostPage",
    "PostPageTag",
    "SectionPage",
]
