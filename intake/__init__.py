"""aipmo intake."""
