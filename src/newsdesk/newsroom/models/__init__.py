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

__all__ = [
    "ArticlePage",
    "Clip",
    "ClippingPage",
    "ClippingSource",
    "HomePage",
    "Outlet",
    "PostPage",
    "PostPageTag",
    "SectionPage",
]
