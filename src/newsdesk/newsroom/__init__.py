"""Page models, attribution and the newsroom workflow."""
