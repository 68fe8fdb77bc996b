"""What an import did, item by item, for the summary a person reads."""

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class ImportOptions:
    """How to import: the command's options."""

    site_url: str = ""
    dry_run: bool = False
    section_map: dict[str, str] = field(default_factory=dict)
    uploads: str = ""
    create_users: bool = False


@dataclass
class ImportReport:
    """Counts by kind and outcome, and every skipped item with its reason."""

    outcomes: dict[str, Counter[str]] = field(default_factory=dict)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    comments: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    items_read: int = 0
    # Items created, updated or found unchanged (terms and users not counted).
    items_imported: int = 0

    def count(self, kind: str, outcome: str) -> None:
        self.outcomes.setdefault(kind, Counter())[outcome] += 1

    def skip(self, label: str, reason: str) -> None:
        self.skipped.append((label, reason))

    def note(self, label: str, text: str) -> None:
        self.notes.append((label, text))

    def total(self, outcome: str) -> int:
        return sum(counter[outcome] for counter in self.outcomes.values())

    def skips_by_kind(self) -> Counter[tuple[str, str]]:
        """Count the skipped records by kind (`post`, `attachment`…) and reason."""
        return Counter(
            (label.rpartition(" ")[0] or label, reason)
            for label, reason in self.skipped
        )

    def kept(self) -> int:
        """Return how many records were created, updated or found unchanged."""
        return sum(self.total(o) for o in ("created", "updated", "unchanged"))

    def nothing_imported(self) -> bool:
        """Return True when items were read and none is, or was before, imported."""
        return self.items_read > 0 and self.items_imported == 0

    def summary_lines(self) -> list[str]:
        """Return the summary: one line per kind, then skips, notes and errors."""
        lines = []
        for kind, counter in sorted(self.outcomes.items()):
            parts = ", ".join(
                f"{n} {outcome}" for outcome, n in sorted(counter.items())
            )
            lines.append(f"{kind}: {parts}")
        if self.comments:
            parts = ", ".join(
                f"{n} {what}" for what, n in sorted(self.comments.items())
            )
            lines.append(f"comments: {parts}")
        lines += [f"skipped {label}: {reason}" for label, reason in self.skipped]
        lines += [
            f"skipped {n} {kind}: {reason}"
            for (kind, reason), n in sorted(self.skips_by_kind().items())
        ]
        lines += [f"note {label}: {text}" for label, text in self.notes]
        lines += [f"error: {error}" for error in self.errors]
        return lines
