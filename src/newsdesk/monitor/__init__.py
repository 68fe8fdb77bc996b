"""Monitor: outlets and (to come) their feeds, polling, matching and the inbox."""
