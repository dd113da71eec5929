"""The reflect page and the widgets only it uses."""
