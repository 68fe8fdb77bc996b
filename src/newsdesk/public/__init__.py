"""The public website: theme, site settings, error pages, serving."""
