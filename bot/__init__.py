"""aipmo bot."""
