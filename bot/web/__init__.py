"""The built-in web chat: a static page that talks JSON to the intake service."""
