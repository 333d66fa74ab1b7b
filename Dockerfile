# People First: the web process. Run the task worker from the same image with
#   docker run ... IMAGE python manage.py task_worker
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PORT=8000

RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 10001 app

WORKDIR /app
COPY requirements.lock ./
RUN pip install -r requirements.lock

COPY --chown=app:app . .

# Static files (hashed, compressed) and translations are built into the image. The
# settings refuse to load without production secrets, so placeholders are given for
# this step only (`export` inside one RUN); they are not kept in the image. They have the
# shape the settings check (a 32-byte public key, a 32-byte hashing secret).
RUN export SECRET_KEY=build-only CACHE_URL=redis://build-only:6379/0 \
    SIGNERS_PUBLIC_KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= \
    EMAIL_HASH_SECRET=build-only-build-only-build-only-build-only \
    FIELD_ENCRYPTION_KEYS=YnVpbGQtb25seS1idWlsZC1vbmx5LWJ1aWxkLW9ubHk= \
    && python manage.py collectstatic --noinput -v0 \
    && python manage.py compilemessages --ignore=.venv -v0 \
    && chown -R app:app /app/staticfiles /app/locale

USER app
EXPOSE 8000
# gunicorn reads gunicorn.conf.py (bind 0.0.0.0:$PORT, workers from WEB_CONCURRENCY),
# the same file `make serve` uses. Run `python manage.py migrate` and
# `python manage.py load_initial_content` once per release (README).
CMD ["gunicorn", "people_first.wsgi"]
