"""The network page and the widgets only it uses."""
