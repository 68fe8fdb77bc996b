"""newsdesk's benchmarks: what `make bench` and the bench-* targets run.

Not part of the product: outside `src/`, left out of the wheel, and never
imported by `newsdesk`. Each module is a script (`python -m benchmarks.NAME`)
that prints its figures; figures are printed, never asserted.
"""
