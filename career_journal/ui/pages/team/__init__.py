"""The team page and the widgets only it uses."""
