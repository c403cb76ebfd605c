"""aipmo portfolio."""
