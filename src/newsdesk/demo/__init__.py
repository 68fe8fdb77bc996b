"""The offline demo: a fictional organisation, its outlets and clippings."""
