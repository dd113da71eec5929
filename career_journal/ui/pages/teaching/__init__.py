"""The teaching page and the widgets only it uses."""
