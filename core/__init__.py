"""aipmo core."""
