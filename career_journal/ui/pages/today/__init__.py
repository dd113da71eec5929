"""Today: what asks for attention, a box to write down what just happened, and every everyday task a click away."""
