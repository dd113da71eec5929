"""The goals page and the widgets only it uses."""
