"""The journal page and the widgets only it uses."""
