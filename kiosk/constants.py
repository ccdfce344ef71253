"""Constants the whole program shares."""

PRESENTATION_DWELL_S = 12.0  # seconds on each slide, unless --dwell says otherwise
