"""aipmo knowledge."""
