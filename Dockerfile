# One image for every aipmo process (app replicas, and later the scheduler).
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY core core
COPY bot bot
COPY intake intake
COPY triage triage
COPY knowledge knowledge
COPY portfolio portfolio
COPY digests digests
RUN pip install --no-cache-dir .
# Production mode: placeholder secrets stop start-up, and reviewers are only who the SSO proxy says.
ENV AIPMO_DATA_DIR=/data AIPMO_MODE=production
EXPOSE 8000
CMD ["aipmo", "run", "--host", "0.0.0.0", "--port", "8000"]
