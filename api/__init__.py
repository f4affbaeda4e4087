"""HTTP layer of govreport-kg (FastAPI). Imports kg, never the other way round."""
