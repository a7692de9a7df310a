"""The guideline scorer: plain Python, no Django imports at module level."""
