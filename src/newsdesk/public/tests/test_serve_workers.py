"""`newsdesk serve` prepares its workers before they fork."""

import gc

from newsdesk.public.management.commands.serve import objects_freeze


def test_workers_start_with_the_loaded_objects_frozen():
    try:
        objects_freeze()
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
