"""newsdesk: press monitoring and clipping publication."""
