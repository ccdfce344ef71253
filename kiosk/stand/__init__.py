"""Running an unattended stand: supervisor, heartbeat, keep-awake, logging, the fallback screen."""
