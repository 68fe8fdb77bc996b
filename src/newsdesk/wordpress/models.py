from django.db import models


class ImportedItem(models.Model):
    """What one WordPress object became here, so a new import updates it.

    Keyed by the source site and the WordPress id of a kind ("post", "page",
    "category", "attachment", …); `object_id` is the page, section or image.
    `checksum` is a hash of the WordPress data last applied.
    """

    site_url = models.CharField(max_length=300)
    kind = models.CharField(max_length=40)
    wp_id = models.BigIntegerField()
    object_id = models.BigIntegerField(null=True, blank=True)
    checksum = models.CharField(max_length=64, blank=True)
    note = models.CharField(max_length=500, blank=True)
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["site_url", "kind", "wp_id"], name="wordpress_item_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.site_url} {self.kind} {self.wp_id}"
