FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    KG_STORE_PATH=/data/store KG_HOST=0.0.0.0 KG_PORT=8000

WORKDIR /app
COPY pyproject.toml README.md ./
COPY kg ./kg
COPY api ./api
COPY ontology ./ontology
RUN pip install --no-cache-dir .

COPY seeds ./seeds
# The image ships with the seed reports already ingested (validated with SHACL at build time).
RUN kg load-divisions && kg ingest seeds/

EXPOSE 8000
CMD ["kg", "serve"]
