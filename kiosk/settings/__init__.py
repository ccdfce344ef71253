"""The staff's settings: the ``innokiosk.toml`` file and the staff PIN."""
