"""The deterministic SMART engine: evidence extraction and per-criterion verdicts."""
