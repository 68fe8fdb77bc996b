"""Bring attachments over as Wagtail images, or record them as missing.

Files come from `--uploads`: a folder holding WordPress's `uploads/` tree
(`2024/01/photo.png`), or the URL of one. Without it, or when a file cannot be
read, the attachment is recorded with its original URL as missing. A path
that is absolute or climbs out of `uploads/` is refused; downloads go through
the guarded outbound client with the monitor's size caps.
"""

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images import get_image_model

from newsdesk import conf
from newsdesk.security.outbound import GuardedClient, OutboundError, OutboundLimits

from .records import Item

if TYPE_CHECKING:
    from .services import _Run

logger = logging.getLogger(__name__)
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif"}
OUTSIDE_UPLOADS = "refused: the file's path leaves uploads/"
DRIVE = re.compile(r"^[A-Za-z]:")


class UploadMissing(Exception):
    """The file could not be read; the message says why."""


def relative_upload_path(item: Item) -> str:
    """Return the file's path inside `uploads/`, e.g. `2024/01/photo.png`."""
    attached = item.meta.get("_wp_attached_file", "").strip().lstrip("/")
    if attached:
        return attached
    path = urlsplit(item.attachment_url).path
    return path.split("/uploads/", 1)[1] if "/uploads/" in path else ""


def upload_path_problem(relative: str) -> str:
    """Return why `relative` does not name a file inside uploads/, or ""."""
    for path in (relative, unquote(relative)):
        if (
            path.startswith(("/", "\\"))
            or DRIVE.match(path)
            or "\\" in path
            or "\0" in path
            or ".." in path.split("/")
        ):
            return OUTSIDE_UPLOADS
    return ""


def read_upload(uploads: str, relative: str) -> bytes:
    """Return the file's bytes from a folder or a URL; raise `UploadMissing`."""
    if not uploads or not relative:
        raise UploadMissing("file missing")
    if upload_path_problem(relative):
        raise UploadMissing(OUTSIDE_UPLOADS)
    if uploads.startswith(("http://", "https://")):
        return _download(uploads.rstrip("/") + "/" + relative)
    folder = Path(uploads).resolve()
    path = (folder / relative).resolve()
    if not path.is_relative_to(folder):
        raise UploadMissing(OUTSIDE_UPLOADS)
    if not path.is_file():
        raise UploadMissing("file missing")
    return path.read_bytes()


def _download(url: str) -> bytes:
    limits = OutboundLimits.from_settings(
        total_timeout=conf.get("WORDPRESS_FETCH_TIMEOUT")
    )
    try:
        with GuardedClient(limits=limits) as client:
            response = client.get(url)
    except OutboundError as error:
        raise UploadMissing(f"file not downloaded ({error})") from None
    if response.status != 200:
        raise UploadMissing(f"file missing (HTTP {response.status})")
    return response.body


def attachment_import(*, run: "_Run", item: Item) -> None:
    """Import one attachment; idempotent (an image imported before is kept)."""
    if item.parent_id and not run.options.dry_run:
        path = urlsplit(item.link).path if item.link else ""
        if path.strip("/"):
            run.attachment_paths.append((path, item.parent_id))
        query = f"{run.base}/?attachment_id={item.id}"
        run.attachment_paths.append((query, item.parent_id))
    known = run.imported("attachment", item.id)
    if known and known.object_id:
        run.report.count("images", "unchanged")
        return
    relative = relative_upload_path(item)
    if Path(relative).suffix.lower() not in IMAGE_SUFFIXES:
        _missing(run, item, "not an image: recorded only")
        return
    try:
        data = read_upload(run.options.uploads, relative)
    except UploadMissing as missing:
        _missing(run, item, str(missing))
        return
    if run.options.dry_run:
        run.report.count("images", "created")
        return
    image = _image(item, relative, data)
    run.remember(
        "attachment", item.id, object_id=image.pk, note=item.attachment_url[:500]
    )
    run.report.count("images", "created")


def _missing(run: "_Run", item: Item, reason: str) -> None:
    run.report.count("images", "missing")
    run.report.note(f"attachment {item.id}", f"{reason}: {item.attachment_url}")
    if not run.options.dry_run:
        run.remember(
            "attachment",
            item.id,
            object_id=None,
            note=f"{reason}: {item.attachment_url}"[:500],
        )


def _image(item: Item, relative: str, data: bytes) -> Any:
    upload = SimpleUploadedFile(Path(relative).name, data)
    image = get_image_model()(
        title=(item.title or Path(relative).stem)[:255],
        file=ImageFile(upload, name=Path(relative).name),
    )
    image.save()
    return image
